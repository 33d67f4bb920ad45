# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_skiff_global_optspecs
    string join \n root= runroot= storage-driver= storage-opt= log-level= D/debug config= noout events-backend= cgroup-manager= runtime= v/version h/help
end

function __fish_skiff_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_skiff_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_skiff_using_subcommand
    set -l cmd (__fish_skiff_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c skiff -n "__fish_skiff_needs_command" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_needs_command" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_needs_command" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_needs_command" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_needs_command" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_needs_command" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_needs_command" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_needs_command" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_needs_command" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_needs_command" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_needs_command" -s v -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "run" -d 'Run a command in a new container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "create" -d 'Create a container without starting it'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "start" -d 'Start one or more containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "kill" -d 'Send a signal to running containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "wait" -d 'Wait for containers to stop and print their exit codes'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "logs" -d 'Show a container\'s output'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "exec" -d 'Run a command in a running container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "attach" -d 'Attach to a running detached container\'s input and output'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "diff" -d 'Show the changes to a container\'s filesystem (A added, C changed, D deleted)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "top" -d 'Show the processes of a running container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "events" -d 'Show events (container and image changes)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "healthcheck" -d 'Run a container\'s healthcheck'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "mount" -d 'Mount a container\'s root filesystem (inside `skiff unshare`) and print where; with no container, list the mounted ones'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "unmount" -d 'Unmount containers\' root filesystems mounted by `mount`'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "umount" -d 'Unmount containers\' root filesystems mounted by `mount`'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "container" -d 'Manage containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "system" -d 'Manage skiff itself: disk usage, pruning, information'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "info" -d 'Show information about skiff and the host'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "version" -d 'Show skiff\'s version'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "doctor" -d 'Check what this host gives skiff: one line per check, OK, WARN or FAIL with its fix (exit 1 if any fails)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "pause" -d 'Pause containers (needs delegated cgroups v2)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "unpause" -d 'Unpause containers (needs delegated cgroups v2)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "stats" -d 'Show containers\' resource usage (read from /proc: no cgroups needed)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__monitor" -d 'Internal: watch one detached container (started by skiff itself)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__port-forward" -d 'Internal: forward a container\'s published TCP ports (started by skiff itself)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__netns" -d 'Internal: hold the user networks\' namespaces (started by skiff itself)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__userns" -d 'Internal: hold the user namespace for the next commands to join (started by skiff itself; ends when none has for a while)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__sync-store" -d 'Internal: sync newly stored images to the disk in the background (started by skiff itself, with the store\'s unsynced/ as its input)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rm" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "inspect" -d 'Show low-level information on containers or images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "port" -d 'List a container\'s published ports'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "images" -d 'List images in local storage'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rmi" -d 'Remove one or more images from local storage'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "import" -d 'Import a root filesystem tarball as an image'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "pull" -d 'Pull an image from a registry, an archive or a directory'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "push" -d 'Push an image to a registry, an archive or a directory'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "tag" -d 'Add names to an image'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "untag" -d 'Remove names from an image (all of them when none is given)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "image" -d 'Manage images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "login" -d 'Log in to a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "logout" -d 'Log out of a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "load" -d 'Load images from an archive or directory (docker-archive, oci-archive, oci-dir, docker-dir)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "save" -d 'Save images to an archive or directory'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "cp" -d 'Copy files between a container and the host'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "volume" -d 'Manage volumes'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "pod" -d 'Manage pods: groups of containers that share network, ipc and uts namespaces'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__pod-infra" -d 'Internal: hold one pod\'s namespaces (started by skiff itself)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "network" -d 'Manage networks'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "kube" -d 'Kubernetes YAML: generate it from containers and pods, play and take down its pods'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "generate" -d 'Generate structured data (Kubernetes YAML) from containers and pods'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "play" -d 'Play structured data (Kubernetes YAML): create pods and containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "unshare" -d 'Run a command in skiff\'s user and mount namespaces (rootless only)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "init" -d 'Prepare containers for running: they stay "created" until `start`'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "secret" -d 'Manage secrets'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "search" -d 'Search registries for images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "manifest" -d 'Manage manifest lists (multi-architecture images)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "compose" -d 'Run multi-container applications from compose files'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__generate-docs" -d 'Internal: regenerate completions/ and man/ (for developers)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -s t -l tag -d 'Name the image (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -s f -l file -d 'The Containerfile to use, or - for standard input [default: CONTEXT/Containerfile, then CONTEXT/Dockerfile]' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l build-arg -d 'Set a build argument declared with ARG' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l target -d 'Build up to this stage (a FROM ... AS name)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l label -d 'Add a label to the image' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l annotation -d 'Add an annotation to the image\'s manifest (OCI format only)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l format -d 'Manifest and config format of the built image' -r -f -a "oci\t'OCI image manifest and config'
docker\t'Docker image manifest, schema 2, and Docker config'"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l iidfile -d 'Write the image id to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l network -d 'Network for RUN instructions: none (loopback only) or host' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l pull -d 'When to pull FROM, COPY --from and RUN --mount=from images: missing, always (--pull alone) or never' -r -f -a "missing\t'Only when it is not stored'
always\t'Every time (the stored image is replaced when the registry has a newer one)'
never\t'Never: a missing image is an error'"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l platform -d 'Use the image for this platform: OS/ARCH[/VARIANT] [default: this host\'s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l arch -d 'Use the image for this architecture instead of the host\'s (e.g. arm64)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l os -d 'Use the image for this operating system instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l variant -d 'Use the image for this architecture variant (e.g. v7 for arm)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l tls-verify -d 'Verify TLS certificates; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cert-dir -d 'Directory of certificates for the registry: *.crt are trusted authorities' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l creds -d 'Credentials for the registry: USERNAME:PASSWORD' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -s v -l volume -d 'Bind-mount a host path or mount a named volume: [HOST-PATH|NAME:]CONTAINER-PATH[:ro|rw][,z|Z]' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l dns -d 'DNS server for the container\'s /etc/resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l dns-search -d 'DNS search domain for the container\'s /etc/resolv.conf ("." for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l dns-option -d 'Set a resolver option in the container\'s /etc/resolv.conf (ndots:2, timeout:1, ...)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l add-host -d 'Add a line to the container\'s /etc/hosts: HOST:IP' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cap-add -d 'Add a capability to the default set (or ALL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cap-drop -d 'Drop a capability from the default set (or ALL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l security-opt -d 'Security options: seccomp=unconfined|PROFILE.json, no-new-privileges, unmask=ALL|PATH[:PATH...], label=disable' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l ulimit -d 'Set a resource limit for the container\'s processes: NAME=SOFT[:HARD] (nofile, nproc, core, stack, ...; -1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l ipc -d 'IPC namespace: private, shareable, none (no /dev/shm), host or container:NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l uts -d 'UTS namespace (hostname): private, host or container:NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l pid -d 'PID namespace: private, host or container:NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l shm-size -d 'Size of /dev/shm, such as 128m [default: 64m]' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l device -d 'Give the container a host device: HOST[:CONTAINER][:PERMISSIONS] (bind-mounted; the node\'s own permissions apply, rwm is not enforced without cgroups)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l userns -d 'User namespace: host (skiff\'s own: root is the user) or keep-id[:uid=UID,gid=GID] (the user\'s ids are the same inside)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l http-proxy -d 'Pass skiff\'s proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy and their upper case) to the container [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l env -d 'Set an environment variable in the image from the start of each stage (KEY=VALUE, or KEY to copy it from skiff\'s environment); RUN steps see it' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l unsetenv -d 'Leave this variable out of the built image\'s environment' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l ignorefile -d 'Ignore file to use instead of CONTEXT/.containerignore or CONTEXT/.dockerignore' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l layers -d 'Use and fill the build cache (false: run every step, as --no-cache) [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l rm -d 'Remove RUN steps\' containers after a successful build (skiff always does: they are never stored) [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l force-rm -d 'Remove RUN steps\' containers after a failed build too (skiff always does) [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l timestamp -d 'Created time of the image and its history, and time of every file in the layers the build writes, in seconds since the epoch: the same build gives the same image id' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l from -d 'Start the first stage from this image instead of the one its FROM names' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l skip-unused-stages -d 'Build only the stages the target depends on (false: every stage before it too) [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l jobs -d 'Stages to build at once: accepted, but skiff builds stages one after the other' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l os-feature -d 'Add an OS feature to the image\'s config (os.features)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l os-version -d 'Set the OS version in the image\'s config (os.version)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l logfile -d 'Write the build\'s output (steps and RUN output) to this file instead of the terminal' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l logsplit -d 'With --logfile, write to FILE_OS_ARCH (the platform built) instead' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -s o -l output -d 'Also write the image\'s files out: type=local,dest=DIR, type=tar,dest=FILE (- for standard output), or a bare directory' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l retry -d 'Times to retry a failed pull of a FROM, COPY --from or RUN --mount=from image' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l retry-delay -d 'Wait between pull retries, such as 2s or 500ms' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l identity-label -d 'Add a label naming the builder: skiff adds none, so only =false is accepted [default: false]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cache-ttl -d 'Reuse cached steps only if they are younger than this, such as 24h' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l manifest -d 'Add the built image to this manifest list, made if missing' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l secret -d 'A secret RUN --mount=type=secret,id=ID can read: id=ID,src=FILE or id=ID,env=VARIABLE' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l ssh -d 'An SSH agent RUN --mount=type=ssh,id=ID can use: default ($SSH_AUTH_SOCK), ID ($SSH_AUTH_SOCK) or ID=SOCKET' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -s D -l disable-compression -d 'Keep the layers uncompressed in the store (skiff always does; they are compressed when pushed) [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l no-cache -d 'Run every step again instead of reusing the build cache'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l squash -d 'Squash the layers the final stage adds into one (the base image\'s layers stay)'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l squash-all -d 'Squash the whole image, base image included, into one layer'
complete -c skiff -n "__fish_skiff_using_subcommand build" -s q -l quiet -d 'Print only the image id'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l check -d 'Run BuildKit\'s Dockerfile build checks instead of building: print what they find (exit 1 if anything)'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l pull-always -d 'Pull images even when they are stored (--pull=always)'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l pull-never -d 'Never pull images: a missing one is an error (--pull=never)'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l no-hosts -d 'Keep the image\'s /etc/hosts instead of generating one'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l stdin -d 'Give RUN steps skiff\'s standard input'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l omit-history -d 'Leave the history out of the image\'s config'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l compress -d 'Accepted as podman does: skiff sends the context to no daemon, so there is nothing to compress'
complete -c skiff -n "__fish_skiff_using_subcommand build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l preserve-fds -d 'Pass N more open descriptors, from 3 on, to the container\'s process (foreground only)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l detach-keys -d 'Keys that detach from `-it` on a terminal and leave the container running [default: ctrl-p,ctrl-q] ("" to disable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l sig-proxy -d 'Pass the signals skiff receives on to the container\'s process (foreground only; false: they are dropped)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -s e -l env -d 'Set an environment variable (KEY=VALUE, or KEY to copy it from skiff\'s environment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l env-file -d 'Read environment variables from a file (KEY=VALUE lines)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s u -l user -d 'User (name or uid) and optional group to run as: USER[:GROUP]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l name -d 'Name of the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pull -d 'When to pull the image from a registry (as podman: missing, always or never)' -r -f -a "missing\t'Only when it is not stored'
always\t'Every time (the stored image is replaced when the registry has a newer one)'
never\t'Never: a missing image is an error'"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l entrypoint -d 'Override the image\'s entrypoint (a command, or a JSON array)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s h -l hostname -d 'Container hostname [default: the first 12 characters of the id]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l network -d 'Network mode: slirp4netns[:OPTIONS] (allow_host_loopback, enable_ipv6, mtu), none, host, container:NAME (share a running container\'s network), or a network made by `network create` [default: slirp4netns]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l mac-address -d 'MAC address of the container\'s interface (slirp4netns network only)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l network-alias -d 'Another name the container answers to on its network' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l link -d 'Link to a running container, NAME[:ALIAS] (docker\'s): on a network made by `network create`, this container, and only it, reaches that one as ALIAS too' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s a -l attach -d 'Attach only these standard streams: stdin, stdout or stderr (repeatable) [default: all]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l ip -d 'Static IPv4 address on the container\'s network (a network made by `network create`; must be free and in its subnet)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s p -l publish -d 'Publish a port on the host: [IP:][HOSTPORT:]CONTAINERPORT[/tcp|udp], ranges allowed' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pod -d 'Run the container in a pod: NAME or ID, or new:NAME to create the pod first' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l expose -d 'Expose a port or range, PORT[-PORT][/PROTOCOL], as the image\'s EXPOSE does (-P publishes it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l annotation -d 'Add an annotation to the container (KEY=VALUE), shown by inspect' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l chrootdirs -d 'Also mount the container\'s /etc/hosts and /etc/resolv.conf under PATH/etc (a chroot inside the container); comma-separated or repeated' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l read-only-tmpfs -d 'With --read-only, mount tmpfs on /tmp, /var/tmp and /run' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l tmpfs -d 'Mount a tmpfs: PATH[:OPTIONS] (default options rw,noexec,nosuid,nodev)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s v -l volume -d 'Bind-mount a host path or mount a named volume: [HOST-PATH|NAME:]CONTAINER-PATH[:ro|rw][,z|Z]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l dns -d 'DNS server for the container\'s /etc/resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l dns-search -d 'DNS search domain for the container\'s /etc/resolv.conf ("." for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l dns-option -d 'Set a resolver option in the container\'s /etc/resolv.conf (ndots:2, timeout:1, ...)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l add-host -d 'Add a line to the container\'s /etc/hosts: HOST:IP' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cap-add -d 'Add a capability to the default set (or ALL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cap-drop -d 'Drop a capability from the default set (or ALL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l security-opt -d 'Security options: seccomp=unconfined|PROFILE.json, no-new-privileges, unmask=ALL|PATH[:PATH...], label=disable' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l ulimit -d 'Set a resource limit for the container\'s processes: NAME=SOFT[:HARD] (nofile, nproc, core, stack, ...; -1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l ipc -d 'IPC namespace: private, shareable, none (no /dev/shm), host or container:NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l uts -d 'UTS namespace (hostname): private, host or container:NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pid -d 'PID namespace: private, host or container:NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l shm-size -d 'Size of /dev/shm, such as 128m [default: 64m]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l device -d 'Give the container a host device: HOST[:CONTAINER][:PERMISSIONS] (bind-mounted; the node\'s own permissions apply, rwm is not enforced without cgroups)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l userns -d 'User namespace: host (skiff\'s own: root is the user) or keep-id[:uid=UID,gid=GID] (the user\'s ids are the same inside)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l http-proxy -d 'Pass skiff\'s proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy and their upper case) to the container [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l restart -d 'Restart policy: no, on-failure[:MAX], always, unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s l -l label -d 'Set a label (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l stop-signal -d 'Signal that stops the container [default: the image\'s, or SIGTERM]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l stop-timeout -d 'Seconds to wait after the stop signal before killing [default: 10]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-cmd -d 'Command that checks the container\'s health (run with /bin/sh -c)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-interval -d 'Time between healthchecks [default: 30s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-retries -d 'Failures in a row that make the container unhealthy [default: 3]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-start-period -d 'Time after start during which failures do not count [default: 0s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-timeout -d 'Longest a healthcheck may run before it counts as failed [default: 30s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-start-interval -d 'Time between healthchecks during the start period [default: the interval]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-on-failure -d 'What to do when the container turns unhealthy: none, kill, restart or stop' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s m -l memory -d 'Memory limit (needs delegated cgroups v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpus -d 'CPU limit (needs delegated cgroups v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pids-limit -d 'Process limit (needs delegated cgroups v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l log-driver -d 'Logging driver for detached containers: k8s-file, json-file or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l log-opt -d 'Logging options: max-size=SIZE' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l mount -d 'Attach a mount: type=bind|volume|tmpfs,source=...,target=...[,readonly]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l volumes-from -d 'Mount the volumes of another container: CONTAINER[:ro|rw]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l secret -d 'Give the container a secret: NAME[,type=mount|env][,target=PATH|VAR][,uid=UID,gid=GID,mode=MODE]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cidfile -d 'Write the container\'s id to FILE (refused if FILE exists)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pidfile -d 'Write the container\'s process id, as the host sees it, to FILE when it starts' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l label-file -d 'Read labels from a file (KEY=VALUE lines; --label wins)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l unsetenv -d 'Leave out this variable of the image\'s environment' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l tz -d 'The container\'s /etc/localtime: local (the host\'s) or a zone of the host\'s /usr/share/zoneinfo' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l hostuser -d 'Add a host user (name or uid) to the container\'s /etc/passwd' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l sdnotify -d 'What to do with systemd\'s NOTIFY_SOCKET: only ignore can be honoured when it is set (skiff does not pass it on)' -r -f -a "container\t''
conmon\t''
ignore\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l init-path -d 'With --init: this host binary as the init (bind-mounted at /run/podman-init, run as `INIT -- COMMAND`)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l requires -d 'Containers to start first whenever this one starts (names or ids, comma-separated)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l umask -d 'The container process\'s umask, in octal [default: the image\'s process gets 0022]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l systemd -d 'systemd mode: tmpfs on /run, /run/lock, /tmp and /var/log/journal, stop signal SIGRTMIN+3 and $container_uuid; true: when the command is systemd or /sbin/init (also /usr/sbin/init, /usr/local/sbin/init)' -r -f -a "true\t''
false\t''
always\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l sysctl -d 'Set a namespaced kernel parameter: NAME=VALUE (net.* with a network of its own; kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.* with an ipc namespace of its own)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l domainname -d 'The container\'s NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l group-add -d 'Add a supplementary group (name or id) to the container\'s process, or keep-groups to keep the user\'s own' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l platform -d 'Use the image for this platform: OS/ARCH[/VARIANT] [default: this host\'s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l arch -d 'Use the image for this architecture instead of the host\'s (e.g. arm64)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l os -d 'Use the image for this operating system instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l variant -d 'Use the image for this architecture variant (e.g. v7 for arm)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l tls-verify -d 'Verify the registry\'s TLS certificate when pulling; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pod-id-file -d 'Read the id of the pod to run the container in from FILE (as --pod)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l oom-score-adj -d 'Adjust the OOM killer\'s score of the container\'s processes (-1000 to 1000; without privileges only upwards)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l personality -d 'Execution domain of the command: LINUX or LINUX32 (a 32-bit machine in uname)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l timeout -d 'Kill the container after this many seconds (0: no limit)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l passwd-entry -d 'With a numeric --user the image lacks: its /etc/passwd line ($USERNAME, $UID, $GID, $NAME, $HOME are replaced)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l env-merge -d 'Set a variable from the image\'s own: NAME=VALUE, where ${NAME} is the image\'s value (PATH=${PATH}:/opt/bin)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l passwd -d 'Add lines for the user to the image\'s /etc/passwd and /etc/group (keep-id\'s user, --hostuser, --passwd-entry) [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l image-volume -d 'What the image\'s VOLUMEs become: bind (an anonymous volume each), tmpfs or ignore [default: bind]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l seccomp-policy -d 'Seccomp policy: default (skiff\'s profile, or --security-opt seccomp=); image (a profile named by the image) is refused' -r -f -a "default\t''
image\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s d -l detach -d 'Run the container in the background and print its id'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l rmi -d 'Remove the image after the container exits, unless another container uses it (implies --rm)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s i -l interactive -d 'Keep standard input open'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l rootfs -d 'IMAGE is a directory holding a root file system, used in place of an image; DIR:O mounts an overlay on it, so that the container\'s changes (lost at each start) never reach DIR'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s P -l publish-all -d 'Publish every port the image exposes on a random host port'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l privileged -d 'Give the container every capability, no seccomp filter and no masked paths'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l read-only -d 'Mount the container\'s root filesystem read-only'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l no-hosts -d 'Keep the image\'s /etc/hosts instead of generating one'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l no-healthcheck -d 'Disable the image\'s healthcheck'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l replace -d 'Remove an existing container of the same --name first'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l env-host -d 'Pass skiff\'s whole environment to the container (--env-file and -e win)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l unsetenv-all -d 'Leave out the image\'s whole environment'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l init -d 'Run an init as the container\'s pid 1 that reaps zombies and passes signals on to the command (skiff itself, or --init-path)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s q -l quiet -d 'Print no progress while pulling the image'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l init-ctr -d 'Make the container an init container of its pod (with --pod, while the pod is not running): `pod start` runs it to completion before the pod\'s other containers, at every start (always) or at the next only, after which it is removed (once); `pod restart` does not run it' -r -f -a "always\t''
once\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -s e -l env -d 'Set an environment variable (KEY=VALUE, or KEY to copy it from skiff\'s environment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l env-file -d 'Read environment variables from a file (KEY=VALUE lines)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s u -l user -d 'User (name or uid) and optional group to run as: USER[:GROUP]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l name -d 'Name of the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pull -d 'When to pull the image from a registry (as podman: missing, always or never)' -r -f -a "missing\t'Only when it is not stored'
always\t'Every time (the stored image is replaced when the registry has a newer one)'
never\t'Never: a missing image is an error'"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l entrypoint -d 'Override the image\'s entrypoint (a command, or a JSON array)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s h -l hostname -d 'Container hostname [default: the first 12 characters of the id]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l network -d 'Network mode: slirp4netns[:OPTIONS] (allow_host_loopback, enable_ipv6, mtu), none, host, container:NAME (share a running container\'s network), or a network made by `network create` [default: slirp4netns]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l mac-address -d 'MAC address of the container\'s interface (slirp4netns network only)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l network-alias -d 'Another name the container answers to on its network' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l link -d 'Link to a running container, NAME[:ALIAS] (docker\'s): on a network made by `network create`, this container, and only it, reaches that one as ALIAS too' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s a -l attach -d 'Attach only these standard streams: stdin, stdout or stderr (repeatable) [default: all]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l ip -d 'Static IPv4 address on the container\'s network (a network made by `network create`; must be free and in its subnet)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s p -l publish -d 'Publish a port on the host: [IP:][HOSTPORT:]CONTAINERPORT[/tcp|udp], ranges allowed' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pod -d 'Run the container in a pod: NAME or ID, or new:NAME to create the pod first' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l expose -d 'Expose a port or range, PORT[-PORT][/PROTOCOL], as the image\'s EXPOSE does (-P publishes it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l annotation -d 'Add an annotation to the container (KEY=VALUE), shown by inspect' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l chrootdirs -d 'Also mount the container\'s /etc/hosts and /etc/resolv.conf under PATH/etc (a chroot inside the container); comma-separated or repeated' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l read-only-tmpfs -d 'With --read-only, mount tmpfs on /tmp, /var/tmp and /run' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l tmpfs -d 'Mount a tmpfs: PATH[:OPTIONS] (default options rw,noexec,nosuid,nodev)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s v -l volume -d 'Bind-mount a host path or mount a named volume: [HOST-PATH|NAME:]CONTAINER-PATH[:ro|rw][,z|Z]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l dns -d 'DNS server for the container\'s /etc/resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l dns-search -d 'DNS search domain for the container\'s /etc/resolv.conf ("." for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l dns-option -d 'Set a resolver option in the container\'s /etc/resolv.conf (ndots:2, timeout:1, ...)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l add-host -d 'Add a line to the container\'s /etc/hosts: HOST:IP' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cap-add -d 'Add a capability to the default set (or ALL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cap-drop -d 'Drop a capability from the default set (or ALL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l security-opt -d 'Security options: seccomp=unconfined|PROFILE.json, no-new-privileges, unmask=ALL|PATH[:PATH...], label=disable' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l ulimit -d 'Set a resource limit for the container\'s processes: NAME=SOFT[:HARD] (nofile, nproc, core, stack, ...; -1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l ipc -d 'IPC namespace: private, shareable, none (no /dev/shm), host or container:NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l uts -d 'UTS namespace (hostname): private, host or container:NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pid -d 'PID namespace: private, host or container:NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l shm-size -d 'Size of /dev/shm, such as 128m [default: 64m]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l device -d 'Give the container a host device: HOST[:CONTAINER][:PERMISSIONS] (bind-mounted; the node\'s own permissions apply, rwm is not enforced without cgroups)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l userns -d 'User namespace: host (skiff\'s own: root is the user) or keep-id[:uid=UID,gid=GID] (the user\'s ids are the same inside)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l http-proxy -d 'Pass skiff\'s proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy and their upper case) to the container [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l restart -d 'Restart policy: no, on-failure[:MAX], always, unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s l -l label -d 'Set a label (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l stop-signal -d 'Signal that stops the container [default: the image\'s, or SIGTERM]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l stop-timeout -d 'Seconds to wait after the stop signal before killing [default: 10]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-cmd -d 'Command that checks the container\'s health (run with /bin/sh -c)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-interval -d 'Time between healthchecks [default: 30s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-retries -d 'Failures in a row that make the container unhealthy [default: 3]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-start-period -d 'Time after start during which failures do not count [default: 0s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-timeout -d 'Longest a healthcheck may run before it counts as failed [default: 30s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-start-interval -d 'Time between healthchecks during the start period [default: the interval]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-on-failure -d 'What to do when the container turns unhealthy: none, kill, restart or stop' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s m -l memory -d 'Memory limit (needs delegated cgroups v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpus -d 'CPU limit (needs delegated cgroups v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pids-limit -d 'Process limit (needs delegated cgroups v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l log-driver -d 'Logging driver for detached containers: k8s-file, json-file or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l log-opt -d 'Logging options: max-size=SIZE' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l mount -d 'Attach a mount: type=bind|volume|tmpfs,source=...,target=...[,readonly]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l volumes-from -d 'Mount the volumes of another container: CONTAINER[:ro|rw]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l secret -d 'Give the container a secret: NAME[,type=mount|env][,target=PATH|VAR][,uid=UID,gid=GID,mode=MODE]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cidfile -d 'Write the container\'s id to FILE (refused if FILE exists)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pidfile -d 'Write the container\'s process id, as the host sees it, to FILE when it starts' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l label-file -d 'Read labels from a file (KEY=VALUE lines; --label wins)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l unsetenv -d 'Leave out this variable of the image\'s environment' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l tz -d 'The container\'s /etc/localtime: local (the host\'s) or a zone of the host\'s /usr/share/zoneinfo' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l hostuser -d 'Add a host user (name or uid) to the container\'s /etc/passwd' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l sdnotify -d 'What to do with systemd\'s NOTIFY_SOCKET: only ignore can be honoured when it is set (skiff does not pass it on)' -r -f -a "container\t''
conmon\t''
ignore\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l init-path -d 'With --init: this host binary as the init (bind-mounted at /run/podman-init, run as `INIT -- COMMAND`)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l requires -d 'Containers to start first whenever this one starts (names or ids, comma-separated)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l umask -d 'The container process\'s umask, in octal [default: the image\'s process gets 0022]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l systemd -d 'systemd mode: tmpfs on /run, /run/lock, /tmp and /var/log/journal, stop signal SIGRTMIN+3 and $container_uuid; true: when the command is systemd or /sbin/init (also /usr/sbin/init, /usr/local/sbin/init)' -r -f -a "true\t''
false\t''
always\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l sysctl -d 'Set a namespaced kernel parameter: NAME=VALUE (net.* with a network of its own; kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.* with an ipc namespace of its own)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l domainname -d 'The container\'s NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l group-add -d 'Add a supplementary group (name or id) to the container\'s process, or keep-groups to keep the user\'s own' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l platform -d 'Use the image for this platform: OS/ARCH[/VARIANT] [default: this host\'s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l arch -d 'Use the image for this architecture instead of the host\'s (e.g. arm64)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l os -d 'Use the image for this operating system instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l variant -d 'Use the image for this architecture variant (e.g. v7 for arm)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l tls-verify -d 'Verify the registry\'s TLS certificate when pulling; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pod-id-file -d 'Read the id of the pod to run the container in from FILE (as --pod)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l oom-score-adj -d 'Adjust the OOM killer\'s score of the container\'s processes (-1000 to 1000; without privileges only upwards)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l personality -d 'Execution domain of the command: LINUX or LINUX32 (a 32-bit machine in uname)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l timeout -d 'Kill the container after this many seconds (0: no limit)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l passwd-entry -d 'With a numeric --user the image lacks: its /etc/passwd line ($USERNAME, $UID, $GID, $NAME, $HOME are replaced)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l env-merge -d 'Set a variable from the image\'s own: NAME=VALUE, where ${NAME} is the image\'s value (PATH=${PATH}:/opt/bin)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l passwd -d 'Add lines for the user to the image\'s /etc/passwd and /etc/group (keep-id\'s user, --hostuser, --passwd-entry) [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l image-volume -d 'What the image\'s VOLUMEs become: bind (an anonymous volume each), tmpfs or ignore [default: bind]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l seccomp-policy -d 'Seccomp policy: default (skiff\'s profile, or --security-opt seccomp=); image (a profile named by the image) is refused' -r -f -a "default\t''
image\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s i -l interactive -d 'Keep standard input open'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l rootfs -d 'IMAGE is a directory holding a root file system, used in place of an image; DIR:O mounts an overlay on it, so that the container\'s changes (lost at each start) never reach DIR'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s P -l publish-all -d 'Publish every port the image exposes on a random host port'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l privileged -d 'Give the container every capability, no seccomp filter and no masked paths'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l read-only -d 'Mount the container\'s root filesystem read-only'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l no-hosts -d 'Keep the image\'s /etc/hosts instead of generating one'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l no-healthcheck -d 'Disable the image\'s healthcheck'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l replace -d 'Remove an existing container of the same --name first'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l env-host -d 'Pass skiff\'s whole environment to the container (--env-file and -e win)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l unsetenv-all -d 'Leave out the image\'s whole environment'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l init -d 'Run an init as the container\'s pid 1 that reaps zombies and passes signals on to the command (skiff itself, or --init-path)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s q -l quiet -d 'Print no progress while pulling the image'
complete -c skiff -n "__fish_skiff_using_subcommand start" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand start" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand start" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand start" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand start" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -s f -l filter -d 'Only containers that match (the keys of ps --filter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l detach-keys -d 'Keys that detach from an attached container and leave it running ("" to disable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l sig-proxy -d 'Forward the signals skiff receives to the attached container [default: true with --attach]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand start" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand start" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s a -l attach -d 'Attach to the container\'s output and wait for it to exit'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s i -l interactive -d 'Attach standard input too (implies --attach)'
complete -c skiff -n "__fish_skiff_using_subcommand start" -l all -d 'Start every container that is not running'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s t -l time -d 'Seconds to wait for the stop signal to work before killing [default: the container\'s stop timeout]' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s s -l signal -d 'Signal to stop the container with, name or number [default: the container\'s stop signal]' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s f -l filter -d 'Only containers that match (the keys of ps --filter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l cidfile -d 'Read the container id from this file (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s a -l all -d 'Act on every running container'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s i -l ignore -d 'Do not fail on containers that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s s -l signal -d 'Signal to send (name or number)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l cidfile -d 'Read the container id from this file (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s a -l all -d 'Act on every running container'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s t -l time -d 'Seconds to wait for the stop signal to work before killing [default: the container\'s stop timeout]' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s s -l signal -d 'Signal to stop the container with, name or number [default: the container\'s stop signal]' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s f -l filter -d 'Only containers that match (the keys of ps --filter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l cidfile -d 'Read the container id from this file (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s a -l all -d 'Act on every container'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l running -d 'With --all: only the running containers'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l condition -d 'State to wait for: stopped, exited, running, created (repeatable: the first reached)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -s i -l interval -d 'Time between checks of the containers\' state (e.g. 250ms, 1s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l ignore -d 'Do not fail on containers that do not exist (prints -1 for them)'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l tail -d 'Show only the last N lines of each container' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l since -d 'Only what happened since a time (RFC 3339) or a duration ago (10m, 1h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l until -d 'Only what happened until a time (RFC 3339) or a duration ago' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s f -l follow -d 'Keep printing new output until the containers stop'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s t -l timestamps -d 'Show timestamps'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s n -l names -d 'Prefix each line with the container\'s name (pod logs: instead of its id)'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l color -d 'Colour each container\'s prefix'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l details -d 'Show the extra attributes of each line (skiff\'s logs, as podman\'s from its log files, carry none)'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s e -l env -d 'Set an environment variable (KEY=VALUE, or KEY to copy it from skiff\'s environment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l env-file -d 'Read environment variables from a file (KEY=VALUE lines)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s u -l user -d 'User (name or uid) and optional group to run as: USER[:GROUP]' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l detach-keys -d 'Keys that detach from `-it` on a terminal and leave the process running [default: ctrl-p,ctrl-q] ("" to disable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l preserve-fds -d 'Pass N more open descriptors, from 3 on, to the process' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s i -l interactive -d 'Keep standard input open'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s d -l detach -d 'Run the command in the background'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l privileged -d 'Give the process every capability, no seccomp filter'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l detach-keys -d 'Keys that detach and leave the container running ("" to disable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l sig-proxy -d 'Pass the signals skiff receives on to the container\'s process (false: they are not caught)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand attach" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l no-stdin -d 'Do not send standard input to the container'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l format -d 'Output format: json' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand diff" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand top" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand top" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand top" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand top" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand top" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand top" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand top" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand top" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand events" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand events" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand events" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand events" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand events" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -s f -l filter -d 'Only events that match: type=, event= (or status=), container=, image=' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l since -d 'Only what happened since a time (RFC 3339) or a duration ago (10m, 1h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l until -d 'Only what happened until a time (RFC 3339) or a duration ago' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l format -d 'Output format: json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l stream -d 'Keep waiting for new events (--stream=false prints what there is and exits)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand events" -l no-trunc -d 'Show full ids; false shortens them to 12 characters [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand events" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand events" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -f -a "run" -d 'Run the healthcheck of a running container now'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run the healthcheck of a running container now'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l format -d 'Print the list of mounted containers as json (the only format)' -r
complete -c skiff -n "__fish_skiff_using_subcommand mount" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand mount" -s a -l all -d 'Mount every container'
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l no-trunc -l notruncate -d 'Do not truncate the ids in the list of mounted containers'
complete -c skiff -n "__fish_skiff_using_subcommand mount" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand mount" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -s a -l all -d 'Unmount every mounted container'
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -s f -l force -d 'Unmount even if the mount is used more than once (mounted several times)'
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand umount" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand umount" -s a -l all -d 'Unmount every mounted container'
complete -c skiff -n "__fish_skiff_using_subcommand umount" -s f -l force -d 'Unmount even if the mount is used more than once (mounted several times)'
complete -c skiff -n "__fish_skiff_using_subcommand umount" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand umount" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "ls" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "list" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "rm" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "run" -d 'Run a command in a new container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "create" -d 'Create a container without starting it'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "start" -d 'Start one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "kill" -d 'Send a signal to running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "wait" -d 'Wait for containers to stop and print their exit codes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "logs" -d 'Show a container\'s output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "exec" -d 'Run a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "attach" -d 'Attach to a running detached container\'s input and output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "top" -d 'Show the processes of a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "port" -d 'List a container\'s published ports'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "cp" -d 'Copy files between a container and the host'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "diff" -d 'Show the changes to a container\'s filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "init" -d 'Prepare containers for running: they stay "created" until `start`'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "stats" -d 'Show containers\' resource usage (read from /proc: no cgroups needed)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "pause" -d 'Pause containers (needs delegated cgroups v2)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "unpause" -d 'Unpause containers (needs delegated cgroups v2)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "mount" -d 'Mount a container\'s root filesystem (inside `skiff unshare`) and print where; with no container, list the mounted ones'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "unmount" -d 'Unmount containers\' root filesystems mounted by `mount`'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "umount" -d 'Unmount containers\' root filesystems mounted by `mount`'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "inspect" -d 'Show low-level information on containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "prune" -d 'Remove every container that is not running'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "exists" -d 'Exit 0 if the container exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "cleanup" -d 'Release what stopped containers leave behind: their root filesystem mounts and stray processes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "clone" -d 'Create a new container with another one\'s configuration (not supported yet: refused)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "runlabel" -d 'Run the command an image\'s label describes (LABEL run=..., install=...), podman in it being skiff'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls list ps rm run create start stop kill restart wait logs exec attach top port cp diff export rename commit init stats pause unpause mount unmount umount inspect prune exists cleanup clone runlabel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Only containers that match: status=, name=, id=, label=KEY[=VALUE], label!=KEY[=VALUE], ancestor=, exited=CODE, before=CONTAINER, since=CONTAINER, volume=NAME|PATH, health=STATE, pod=POD, network=NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s n -l last -d 'Show the N most recently created containers (all states)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l sort -d 'Order of the rows' -r -f -a "command\t'The container\'s command'
created\t'Newest first'
id\t''
image\t'The image\'s name'
names\t''
runningfor\t'Longest running last (most recently started first)'
size\t'Writable layer size'
status\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s w -l watch -d 'Redraw the listing every N seconds until interrupted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l format -d 'Output format: json, or a Go template (\'table {{.ID}}\\t{{.Names}}\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all containers, not only running ones'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only container ids'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate ids and commands'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print the header line'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s l -l latest -d 'Show the most recently created container (all states)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s s -l size -d 'Show the size of each container\'s writable layer'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s p -l pod -d 'Show the pod of each container (POD ID and PODNAME columns)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l external -d 'Also list containers other tools made in the store (skiff\'s store holds only its own, so this adds none)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l ns -d 'Show the namespaces of each running container\'s process'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l sync -d 'Accepted for podman: every listing already checks each container\'s process, so states are never stale'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s f -l filter -d 'Only containers that match: status=, name=, id=, label=KEY[=VALUE], label!=KEY[=VALUE], ancestor=, exited=CODE, before=CONTAINER, since=CONTAINER, volume=NAME|PATH, health=STATE, pod=POD, network=NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s n -l last -d 'Show the N most recently created containers (all states)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l sort -d 'Order of the rows' -r -f -a "command\t'The container\'s command'
created\t'Newest first'
id\t''
image\t'The image\'s name'
names\t''
runningfor\t'Longest running last (most recently started first)'
size\t'Writable layer size'
status\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s w -l watch -d 'Redraw the listing every N seconds until interrupted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l format -d 'Output format: json, or a Go template (\'table {{.ID}}\\t{{.Names}}\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all containers, not only running ones'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only container ids'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate ids and commands'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l noheading -d 'Do not print the header line'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s l -l latest -d 'Show the most recently created container (all states)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s s -l size -d 'Show the size of each container\'s writable layer'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s p -l pod -d 'Show the pod of each container (POD ID and PODNAME columns)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l external -d 'Also list containers other tools made in the store (skiff\'s store holds only its own, so this adds none)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l ns -d 'Show the namespaces of each running container\'s process'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l sync -d 'Accepted for podman: every listing already checks each container\'s process, so states are never stale'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Only containers that match: status=, name=, id=, label=KEY[=VALUE], label!=KEY[=VALUE], ancestor=, exited=CODE, before=CONTAINER, since=CONTAINER, volume=NAME|PATH, health=STATE, pod=POD, network=NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s n -l last -d 'Show the N most recently created containers (all states)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l sort -d 'Order of the rows' -r -f -a "command\t'The container\'s command'
created\t'Newest first'
id\t''
image\t'The image\'s name'
names\t''
runningfor\t'Longest running last (most recently started first)'
size\t'Writable layer size'
status\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s w -l watch -d 'Redraw the listing every N seconds until interrupted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l format -d 'Output format: json, or a Go template (\'table {{.ID}}\\t{{.Names}}\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s a -l all -d 'Show all containers, not only running ones'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Print only container ids'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Do not truncate ids and commands'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l noheading -d 'Do not print the header line'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s l -l latest -d 'Show the most recently created container (all states)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s s -l size -d 'Show the size of each container\'s writable layer'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s p -l pod -d 'Show the pod of each container (POD ID and PODNAME columns)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l external -d 'Also list containers other tools made in the store (skiff\'s store holds only its own, so this adds none)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l ns -d 'Show the namespaces of each running container\'s process'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l sync -d 'Accepted for podman: every listing already checks each container\'s process, so states are never stale'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait for the stop signal to work before killing [default: the container\'s stop timeout]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l filter -d 'Only containers that match (the keys of ps --filter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l cidfile -d 'Read the container id from this file (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s f -l force -d 'Stop a running container before removing it (with SIGKILL at once unless --time is given)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Also remove the container\'s anonymous volumes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Do not fail on containers that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l depend -d 'Also remove the containers that depend on it (that share its network), first'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s l -l link -d 'Remove the links named /CONTAINER/ALIAS (docker\'s `--link`), not the containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l preserve-fds -d 'Pass N more open descriptors, from 3 on, to the container\'s process (foreground only)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l detach-keys -d 'Keys that detach from `-it` on a terminal and leave the container running [default: ctrl-p,ctrl-q] ("" to disable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l sig-proxy -d 'Pass the signals skiff receives on to the container\'s process (foreground only; false: they are dropped)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s e -l env -d 'Set an environment variable (KEY=VALUE, or KEY to copy it from skiff\'s environment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l env-file -d 'Read environment variables from a file (KEY=VALUE lines)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s u -l user -d 'User (name or uid) and optional group to run as: USER[:GROUP]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l name -d 'Name of the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pull -d 'When to pull the image from a registry (as podman: missing, always or never)' -r -f -a "missing\t'Only when it is not stored'
always\t'Every time (the stored image is replaced when the registry has a newer one)'
never\t'Never: a missing image is an error'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l entrypoint -d 'Override the image\'s entrypoint (a command, or a JSON array)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s h -l hostname -d 'Container hostname [default: the first 12 characters of the id]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l network -d 'Network mode: slirp4netns[:OPTIONS] (allow_host_loopback, enable_ipv6, mtu), none, host, container:NAME (share a running container\'s network), or a network made by `network create` [default: slirp4netns]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l mac-address -d 'MAC address of the container\'s interface (slirp4netns network only)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l network-alias -d 'Another name the container answers to on its network' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l link -d 'Link to a running container, NAME[:ALIAS] (docker\'s): on a network made by `network create`, this container, and only it, reaches that one as ALIAS too' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s a -l attach -d 'Attach only these standard streams: stdin, stdout or stderr (repeatable) [default: all]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l ip -d 'Static IPv4 address on the container\'s network (a network made by `network create`; must be free and in its subnet)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a port on the host: [IP:][HOSTPORT:]CONTAINERPORT[/tcp|udp], ranges allowed' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pod -d 'Run the container in a pod: NAME or ID, or new:NAME to create the pod first' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l expose -d 'Expose a port or range, PORT[-PORT][/PROTOCOL], as the image\'s EXPOSE does (-P publishes it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l annotation -d 'Add an annotation to the container (KEY=VALUE), shown by inspect' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l chrootdirs -d 'Also mount the container\'s /etc/hosts and /etc/resolv.conf under PATH/etc (a chroot inside the container); comma-separated or repeated' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only-tmpfs -d 'With --read-only, mount tmpfs on /tmp, /var/tmp and /run' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpfs -d 'Mount a tmpfs: PATH[:OPTIONS] (default options rw,noexec,nosuid,nodev)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s v -l volume -d 'Bind-mount a host path or mount a named volume: [HOST-PATH|NAME:]CONTAINER-PATH[:ro|rw][,z|Z]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l dns -d 'DNS server for the container\'s /etc/resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-search -d 'DNS search domain for the container\'s /etc/resolv.conf ("." for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-option -d 'Set a resolver option in the container\'s /etc/resolv.conf (ndots:2, timeout:1, ...)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l add-host -d 'Add a line to the container\'s /etc/hosts: HOST:IP' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-add -d 'Add a capability to the default set (or ALL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-drop -d 'Drop a capability from the default set (or ALL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l security-opt -d 'Security options: seccomp=unconfined|PROFILE.json, no-new-privileges, unmask=ALL|PATH[:PATH...], label=disable' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l ulimit -d 'Set a resource limit for the container\'s processes: NAME=SOFT[:HARD] (nofile, nproc, core, stack, ...; -1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l ipc -d 'IPC namespace: private, shareable, none (no /dev/shm), host or container:NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l uts -d 'UTS namespace (hostname): private, host or container:NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pid -d 'PID namespace: private, host or container:NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l shm-size -d 'Size of /dev/shm, such as 128m [default: 64m]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l device -d 'Give the container a host device: HOST[:CONTAINER][:PERMISSIONS] (bind-mounted; the node\'s own permissions apply, rwm is not enforced without cgroups)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l userns -d 'User namespace: host (skiff\'s own: root is the user) or keep-id[:uid=UID,gid=GID] (the user\'s ids are the same inside)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l http-proxy -d 'Pass skiff\'s proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy and their upper case) to the container [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l restart -d 'Restart policy: no, on-failure[:MAX], always, unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s l -l label -d 'Set a label (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-signal -d 'Signal that stops the container [default: the image\'s, or SIGTERM]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-timeout -d 'Seconds to wait after the stop signal before killing [default: 10]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-cmd -d 'Command that checks the container\'s health (run with /bin/sh -c)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-interval -d 'Time between healthchecks [default: 30s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-retries -d 'Failures in a row that make the container unhealthy [default: 3]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-start-period -d 'Time after start during which failures do not count [default: 0s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-timeout -d 'Longest a healthcheck may run before it counts as failed [default: 30s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-start-interval -d 'Time between healthchecks during the start period [default: the interval]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-on-failure -d 'What to do when the container turns unhealthy: none, kill, restart or stop' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s m -l memory -d 'Memory limit (needs delegated cgroups v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpus -d 'CPU limit (needs delegated cgroups v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pids-limit -d 'Process limit (needs delegated cgroups v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l log-driver -d 'Logging driver for detached containers: k8s-file, json-file or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l log-opt -d 'Logging options: max-size=SIZE' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l mount -d 'Attach a mount: type=bind|volume|tmpfs,source=...,target=...[,readonly]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l volumes-from -d 'Mount the volumes of another container: CONTAINER[:ro|rw]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l secret -d 'Give the container a secret: NAME[,type=mount|env][,target=PATH|VAR][,uid=UID,gid=GID,mode=MODE]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cidfile -d 'Write the container\'s id to FILE (refused if FILE exists)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pidfile -d 'Write the container\'s process id, as the host sees it, to FILE when it starts' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l label-file -d 'Read labels from a file (KEY=VALUE lines; --label wins)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l unsetenv -d 'Leave out this variable of the image\'s environment' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l tz -d 'The container\'s /etc/localtime: local (the host\'s) or a zone of the host\'s /usr/share/zoneinfo' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l hostuser -d 'Add a host user (name or uid) to the container\'s /etc/passwd' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l sdnotify -d 'What to do with systemd\'s NOTIFY_SOCKET: only ignore can be honoured when it is set (skiff does not pass it on)' -r -f -a "container\t''
conmon\t''
ignore\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l init-path -d 'With --init: this host binary as the init (bind-mounted at /run/podman-init, run as `INIT -- COMMAND`)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l requires -d 'Containers to start first whenever this one starts (names or ids, comma-separated)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l umask -d 'The container process\'s umask, in octal [default: the image\'s process gets 0022]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l systemd -d 'systemd mode: tmpfs on /run, /run/lock, /tmp and /var/log/journal, stop signal SIGRTMIN+3 and $container_uuid; true: when the command is systemd or /sbin/init (also /usr/sbin/init, /usr/local/sbin/init)' -r -f -a "true\t''
false\t''
always\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l sysctl -d 'Set a namespaced kernel parameter: NAME=VALUE (net.* with a network of its own; kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.* with an ipc namespace of its own)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l domainname -d 'The container\'s NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l group-add -d 'Add a supplementary group (name or id) to the container\'s process, or keep-groups to keep the user\'s own' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l platform -d 'Use the image for this platform: OS/ARCH[/VARIANT] [default: this host\'s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l arch -d 'Use the image for this architecture instead of the host\'s (e.g. arm64)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l os -d 'Use the image for this operating system instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l variant -d 'Use the image for this architecture variant (e.g. v7 for arm)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l tls-verify -d 'Verify the registry\'s TLS certificate when pulling; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pod-id-file -d 'Read the id of the pod to run the container in from FILE (as --pod)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l oom-score-adj -d 'Adjust the OOM killer\'s score of the container\'s processes (-1000 to 1000; without privileges only upwards)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l personality -d 'Execution domain of the command: LINUX or LINUX32 (a 32-bit machine in uname)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l timeout -d 'Kill the container after this many seconds (0: no limit)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l passwd-entry -d 'With a numeric --user the image lacks: its /etc/passwd line ($USERNAME, $UID, $GID, $NAME, $HOME are replaced)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l env-merge -d 'Set a variable from the image\'s own: NAME=VALUE, where ${NAME} is the image\'s value (PATH=${PATH}:/opt/bin)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l passwd -d 'Add lines for the user to the image\'s /etc/passwd and /etc/group (keep-id\'s user, --hostuser, --passwd-entry) [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l image-volume -d 'What the image\'s VOLUMEs become: bind (an anonymous volume each), tmpfs or ignore [default: bind]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l seccomp-policy -d 'Seccomp policy: default (skiff\'s profile, or --security-opt seccomp=); image (a profile named by the image) is refused' -r -f -a "default\t''
image\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run the container in the background and print its id'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l rmi -d 'Remove the image after the container exits, unless another container uses it (implies --rm)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s i -l interactive -d 'Keep standard input open'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l rootfs -d 'IMAGE is a directory holding a root file system, used in place of an image; DIR:O mounts an overlay on it, so that the container\'s changes (lost at each start) never reach DIR'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s P -l publish-all -d 'Publish every port the image exposes on a random host port'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l privileged -d 'Give the container every capability, no seccomp filter and no masked paths'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only -d 'Mount the container\'s root filesystem read-only'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l no-hosts -d 'Keep the image\'s /etc/hosts instead of generating one'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l no-healthcheck -d 'Disable the image\'s healthcheck'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l replace -d 'Remove an existing container of the same --name first'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l env-host -d 'Pass skiff\'s whole environment to the container (--env-file and -e win)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l unsetenv-all -d 'Leave out the image\'s whole environment'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l init -d 'Run an init as the container\'s pid 1 that reaps zombies and passes signals on to the command (skiff itself, or --init-path)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print no progress while pulling the image'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l init-ctr -d 'Make the container an init container of its pod (with --pod, while the pod is not running): `pod start` runs it to completion before the pod\'s other containers, at every start (always) or at the next only, after which it is removed (once); `pod restart` does not run it' -r -f -a "always\t''
once\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s e -l env -d 'Set an environment variable (KEY=VALUE, or KEY to copy it from skiff\'s environment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l env-file -d 'Read environment variables from a file (KEY=VALUE lines)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s u -l user -d 'User (name or uid) and optional group to run as: USER[:GROUP]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l name -d 'Name of the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pull -d 'When to pull the image from a registry (as podman: missing, always or never)' -r -f -a "missing\t'Only when it is not stored'
always\t'Every time (the stored image is replaced when the registry has a newer one)'
never\t'Never: a missing image is an error'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l entrypoint -d 'Override the image\'s entrypoint (a command, or a JSON array)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s h -l hostname -d 'Container hostname [default: the first 12 characters of the id]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l network -d 'Network mode: slirp4netns[:OPTIONS] (allow_host_loopback, enable_ipv6, mtu), none, host, container:NAME (share a running container\'s network), or a network made by `network create` [default: slirp4netns]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l mac-address -d 'MAC address of the container\'s interface (slirp4netns network only)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l network-alias -d 'Another name the container answers to on its network' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l link -d 'Link to a running container, NAME[:ALIAS] (docker\'s): on a network made by `network create`, this container, and only it, reaches that one as ALIAS too' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s a -l attach -d 'Attach only these standard streams: stdin, stdout or stderr (repeatable) [default: all]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l ip -d 'Static IPv4 address on the container\'s network (a network made by `network create`; must be free and in its subnet)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a port on the host: [IP:][HOSTPORT:]CONTAINERPORT[/tcp|udp], ranges allowed' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pod -d 'Run the container in a pod: NAME or ID, or new:NAME to create the pod first' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l expose -d 'Expose a port or range, PORT[-PORT][/PROTOCOL], as the image\'s EXPOSE does (-P publishes it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l annotation -d 'Add an annotation to the container (KEY=VALUE), shown by inspect' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l chrootdirs -d 'Also mount the container\'s /etc/hosts and /etc/resolv.conf under PATH/etc (a chroot inside the container); comma-separated or repeated' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only-tmpfs -d 'With --read-only, mount tmpfs on /tmp, /var/tmp and /run' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpfs -d 'Mount a tmpfs: PATH[:OPTIONS] (default options rw,noexec,nosuid,nodev)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s v -l volume -d 'Bind-mount a host path or mount a named volume: [HOST-PATH|NAME:]CONTAINER-PATH[:ro|rw][,z|Z]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l dns -d 'DNS server for the container\'s /etc/resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-search -d 'DNS search domain for the container\'s /etc/resolv.conf ("." for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-option -d 'Set a resolver option in the container\'s /etc/resolv.conf (ndots:2, timeout:1, ...)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l add-host -d 'Add a line to the container\'s /etc/hosts: HOST:IP' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-add -d 'Add a capability to the default set (or ALL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-drop -d 'Drop a capability from the default set (or ALL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l security-opt -d 'Security options: seccomp=unconfined|PROFILE.json, no-new-privileges, unmask=ALL|PATH[:PATH...], label=disable' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l ulimit -d 'Set a resource limit for the container\'s processes: NAME=SOFT[:HARD] (nofile, nproc, core, stack, ...; -1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l ipc -d 'IPC namespace: private, shareable, none (no /dev/shm), host or container:NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l uts -d 'UTS namespace (hostname): private, host or container:NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pid -d 'PID namespace: private, host or container:NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l shm-size -d 'Size of /dev/shm, such as 128m [default: 64m]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l device -d 'Give the container a host device: HOST[:CONTAINER][:PERMISSIONS] (bind-mounted; the node\'s own permissions apply, rwm is not enforced without cgroups)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l userns -d 'User namespace: host (skiff\'s own: root is the user) or keep-id[:uid=UID,gid=GID] (the user\'s ids are the same inside)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l http-proxy -d 'Pass skiff\'s proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy and their upper case) to the container [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l restart -d 'Restart policy: no, on-failure[:MAX], always, unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s l -l label -d 'Set a label (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-signal -d 'Signal that stops the container [default: the image\'s, or SIGTERM]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-timeout -d 'Seconds to wait after the stop signal before killing [default: 10]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-cmd -d 'Command that checks the container\'s health (run with /bin/sh -c)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-interval -d 'Time between healthchecks [default: 30s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-retries -d 'Failures in a row that make the container unhealthy [default: 3]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-start-period -d 'Time after start during which failures do not count [default: 0s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-timeout -d 'Longest a healthcheck may run before it counts as failed [default: 30s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-start-interval -d 'Time between healthchecks during the start period [default: the interval]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-on-failure -d 'What to do when the container turns unhealthy: none, kill, restart or stop' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s m -l memory -d 'Memory limit (needs delegated cgroups v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpus -d 'CPU limit (needs delegated cgroups v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pids-limit -d 'Process limit (needs delegated cgroups v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l log-driver -d 'Logging driver for detached containers: k8s-file, json-file or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l log-opt -d 'Logging options: max-size=SIZE' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l mount -d 'Attach a mount: type=bind|volume|tmpfs,source=...,target=...[,readonly]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l volumes-from -d 'Mount the volumes of another container: CONTAINER[:ro|rw]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l secret -d 'Give the container a secret: NAME[,type=mount|env][,target=PATH|VAR][,uid=UID,gid=GID,mode=MODE]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cidfile -d 'Write the container\'s id to FILE (refused if FILE exists)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pidfile -d 'Write the container\'s process id, as the host sees it, to FILE when it starts' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l label-file -d 'Read labels from a file (KEY=VALUE lines; --label wins)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l unsetenv -d 'Leave out this variable of the image\'s environment' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l tz -d 'The container\'s /etc/localtime: local (the host\'s) or a zone of the host\'s /usr/share/zoneinfo' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l hostuser -d 'Add a host user (name or uid) to the container\'s /etc/passwd' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l sdnotify -d 'What to do with systemd\'s NOTIFY_SOCKET: only ignore can be honoured when it is set (skiff does not pass it on)' -r -f -a "container\t''
conmon\t''
ignore\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l init-path -d 'With --init: this host binary as the init (bind-mounted at /run/podman-init, run as `INIT -- COMMAND`)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l requires -d 'Containers to start first whenever this one starts (names or ids, comma-separated)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l umask -d 'The container process\'s umask, in octal [default: the image\'s process gets 0022]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l systemd -d 'systemd mode: tmpfs on /run, /run/lock, /tmp and /var/log/journal, stop signal SIGRTMIN+3 and $container_uuid; true: when the command is systemd or /sbin/init (also /usr/sbin/init, /usr/local/sbin/init)' -r -f -a "true\t''
false\t''
always\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l sysctl -d 'Set a namespaced kernel parameter: NAME=VALUE (net.* with a network of its own; kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.* with an ipc namespace of its own)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l domainname -d 'The container\'s NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l group-add -d 'Add a supplementary group (name or id) to the container\'s process, or keep-groups to keep the user\'s own' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l platform -d 'Use the image for this platform: OS/ARCH[/VARIANT] [default: this host\'s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l arch -d 'Use the image for this architecture instead of the host\'s (e.g. arm64)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l os -d 'Use the image for this operating system instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l variant -d 'Use the image for this architecture variant (e.g. v7 for arm)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l tls-verify -d 'Verify the registry\'s TLS certificate when pulling; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pod-id-file -d 'Read the id of the pod to run the container in from FILE (as --pod)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l oom-score-adj -d 'Adjust the OOM killer\'s score of the container\'s processes (-1000 to 1000; without privileges only upwards)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l personality -d 'Execution domain of the command: LINUX or LINUX32 (a 32-bit machine in uname)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l timeout -d 'Kill the container after this many seconds (0: no limit)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l passwd-entry -d 'With a numeric --user the image lacks: its /etc/passwd line ($USERNAME, $UID, $GID, $NAME, $HOME are replaced)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l env-merge -d 'Set a variable from the image\'s own: NAME=VALUE, where ${NAME} is the image\'s value (PATH=${PATH}:/opt/bin)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l passwd -d 'Add lines for the user to the image\'s /etc/passwd and /etc/group (keep-id\'s user, --hostuser, --passwd-entry) [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l image-volume -d 'What the image\'s VOLUMEs become: bind (an anonymous volume each), tmpfs or ignore [default: bind]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l seccomp-policy -d 'Seccomp policy: default (skiff\'s profile, or --security-opt seccomp=); image (a profile named by the image) is refused' -r -f -a "default\t''
image\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s i -l interactive -d 'Keep standard input open'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l rootfs -d 'IMAGE is a directory holding a root file system, used in place of an image; DIR:O mounts an overlay on it, so that the container\'s changes (lost at each start) never reach DIR'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s P -l publish-all -d 'Publish every port the image exposes on a random host port'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l privileged -d 'Give the container every capability, no seccomp filter and no masked paths'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only -d 'Mount the container\'s root filesystem read-only'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l no-hosts -d 'Keep the image\'s /etc/hosts instead of generating one'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l no-healthcheck -d 'Disable the image\'s healthcheck'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l replace -d 'Remove an existing container of the same --name first'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l env-host -d 'Pass skiff\'s whole environment to the container (--env-file and -e win)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l unsetenv-all -d 'Leave out the image\'s whole environment'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l init -d 'Run an init as the container\'s pid 1 that reaps zombies and passes signals on to the command (skiff itself, or --init-path)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no progress while pulling the image'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s f -l filter -d 'Only containers that match (the keys of ps --filter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l detach-keys -d 'Keys that detach from an attached container and leave it running ("" to disable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l sig-proxy -d 'Forward the signals skiff receives to the attached container [default: true with --attach]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s a -l attach -d 'Attach to the container\'s output and wait for it to exit'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s i -l interactive -d 'Attach standard input too (implies --attach)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l all -d 'Start every container that is not running'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s t -l time -d 'Seconds to wait for the stop signal to work before killing [default: the container\'s stop timeout]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s s -l signal -d 'Signal to stop the container with, name or number [default: the container\'s stop signal]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s f -l filter -d 'Only containers that match (the keys of ps --filter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l cidfile -d 'Read the container id from this file (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s a -l all -d 'Act on every running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s i -l ignore -d 'Do not fail on containers that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send (name or number)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l cidfile -d 'Read the container id from this file (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s a -l all -d 'Act on every running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s t -l time -d 'Seconds to wait for the stop signal to work before killing [default: the container\'s stop timeout]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s s -l signal -d 'Signal to stop the container with, name or number [default: the container\'s stop signal]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s f -l filter -d 'Only containers that match (the keys of ps --filter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l cidfile -d 'Read the container id from this file (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s a -l all -d 'Act on every container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l running -d 'With --all: only the running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l condition -d 'State to wait for: stopped, exited, running, created (repeatable: the first reached)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -s i -l interval -d 'Time between checks of the containers\' state (e.g. 250ms, 1s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l ignore -d 'Do not fail on containers that do not exist (prints -1 for them)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l tail -d 'Show only the last N lines of each container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l since -d 'Only what happened since a time (RFC 3339) or a duration ago (10m, 1h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l until -d 'Only what happened until a time (RFC 3339) or a duration ago' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Keep printing new output until the containers stop'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s n -l names -d 'Prefix each line with the container\'s name (pod logs: instead of its id)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l color -d 'Colour each container\'s prefix'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l details -d 'Show the extra attributes of each line (skiff\'s logs, as podman\'s from its log files, carry none)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set an environment variable (KEY=VALUE, or KEY to copy it from skiff\'s environment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l env-file -d 'Read environment variables from a file (KEY=VALUE lines)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s u -l user -d 'User (name or uid) and optional group to run as: USER[:GROUP]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l detach-keys -d 'Keys that detach from `-it` on a terminal and leave the process running [default: ctrl-p,ctrl-q] ("" to disable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l preserve-fds -d 'Pass N more open descriptors, from 3 on, to the process' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s i -l interactive -d 'Keep standard input open'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Run the command in the background'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l privileged -d 'Give the process every capability, no seccomp filter'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l detach-keys -d 'Keys that detach and leave the container running ("" to disable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l sig-proxy -d 'Pass the signals skiff receives on to the container\'s process (false: they are not caught)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l no-stdin -d 'Do not send standard input to the container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -s a -l all -d 'Every container\'s published ports, each line after the container\'s short id'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Make what is copied into the container its user\'s (podman\'s default); false keeps the source\'s uid and gid. Copies to the host are always yours' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s q -l quiet -d 'Print nothing on success (docker\'s flag; skiff\'s cp never prints a progress or "Successfully copied" line)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l overwrite -d 'Let a directory replace a non-directory, and a non-directory a directory'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s L -l follow-link -d 'Follow a symlink SOURCE (docker\'s flag; skiff, as podman, always copies what the link points to)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l format -d 'Output format: json' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to this file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s a -l author -d 'Set the image\'s author' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s c -l change -d 'Apply a Dockerfile instruction to the image config (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s m -l message -d 'Set the image\'s commit message (history comment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s f -l format -d 'Manifest and config format of the image' -r -f -a "oci\t'OCI image manifest and config'
docker\t'Docker image manifest, schema 2, and Docker config'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l iidfile -d 'Write the image id to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s p -l pause -d 'Stop the container\'s processes while the image is written'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s q -l quiet -d 'Print no progress'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l include-volumes -d 'Make the container\'s volumes the image\'s VOLUMEs'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s s -l squash -d 'Merge the image\'s layers and the container\'s changes into one layer'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from init" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from init" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from init" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from init" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from init" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from init" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from init" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from init" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from init" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from init" -s a -l all -d 'Act on every container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from init" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from init" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from init" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -s i -l interval -d 'Seconds between reports' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l format -d 'Output format: json, or a Go template (\'table {{.ID}} {{.MemUsage}}\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -s a -l all -d 'Show every container, not only running ones'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -s l -l latest -d 'Show the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-trunc -d 'Show full container ids'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-stream -d 'Print one report and exit'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-reset -d 'Do not clear the screen between reports'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -s a -l all -d 'Act on every container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -s a -l all -d 'Act on every container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l format -d 'Print the list of mounted containers as json (the only format)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -s a -l all -d 'Mount every container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l no-trunc -l notruncate -d 'Do not truncate the ids in the list of mounted containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from mount" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -s a -l all -d 'Unmount every mounted container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -s f -l force -d 'Unmount even if the mount is used more than once (mounted several times)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unmount" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -s a -l all -d 'Unmount every mounted container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -s f -l force -d 'Unmount even if the mount is used more than once (mounted several times)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from umount" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template (e.g. \'{{.Id}}\') or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s s -l size -d 'Add each container\'s sizes: SizeRw (what it wrote) and SizeRootFs (that and its image)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l filter -d 'Only containers that match: until=TIME (created before), label=KEY[=VALUE], label!=KEY[=VALUE]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s a -l all -d 'With system prune: remove every image no container uses, not only dangling ones'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l volumes -d 'With system prune: also remove volumes no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l exec -d 'Clean up this exec session of the one container named instead of the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cleanup" -s a -l all -d 'Clean up every container that is not running'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l rm -d 'Remove the container afterwards'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l rmi -d 'Remove the image too (with --rm)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cleanup" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cleanup" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cleanup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from clone" -l name -d 'Name of the new container (as the NAME argument)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from clone" -l pod -d 'Put the new container in this pod' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from clone" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from clone" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from clone" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from clone" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from clone" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from clone" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from clone" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from clone" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from clone" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from clone" -l destroy -d 'Remove the original container once the clone exists (a running one only with --force)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from clone" -s f -l force -d 'With --destroy: remove the original even if it is running'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from clone" -l run -d 'Start the new container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from clone" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from clone" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from clone" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -s n -l name -d 'What NAME stands for in the label [default: the image\'s name without registry, path and tag]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l tls-verify -d 'Verify TLS certificates; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l cert-dir -d 'Directory of certificates for the registry: *.crt are trusted authorities' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l creds -d 'Credentials for the registry: USERNAME:PASSWORD' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l opt1 -d 'What $OPT1 stands for in the label' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l opt2 -d 'What $OPT2 stands for in the label' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l opt3 -d 'What $OPT3 stands for in the label' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l display -d 'Print the command with its variables substituted instead of running it'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -s q -l quiet -d 'Pull the image quietly (when it is not stored)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l replace -d 'Remove the container the command names with --name first, if one exists'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from runlabel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run a command in a new container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a container without starting it'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "kill" -d 'Send a signal to running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait for containers to stop and print their exit codes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Show a container\'s output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Run a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "attach" -d 'Attach to a running detached container\'s input and output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "top" -d 'Show the processes of a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "port" -d 'List a container\'s published ports'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "cp" -d 'Copy files between a container and the host'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show the changes to a container\'s filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "init" -d 'Prepare containers for running: they stay "created" until `start`'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Show containers\' resource usage (read from /proc: no cgroups needed)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause containers (needs delegated cgroups v2)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "unpause" -d 'Unpause containers (needs delegated cgroups v2)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "mount" -d 'Mount a container\'s root filesystem (inside `skiff unshare`) and print where; with no container, list the mounted ones'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "unmount" -d 'Unmount containers\' root filesystems mounted by `mount`'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show low-level information on containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove every container that is not running'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 if the container exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "cleanup" -d 'Release what stopped containers leave behind: their root filesystem mounts and stray processes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "clone" -d 'Create a new container with another one\'s configuration (not supported yet: refused)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "runlabel" -d 'Run the command an image\'s label describes (LABEL run=..., install=...), podman in it being skiff'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -f -a "prune" -d 'Remove stopped containers and dangling images (-a: every unused image)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -f -a "df" -d 'Show disk usage of images, containers and volumes'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -f -a "info" -d 'Show information about skiff and the host'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -f -a "reset" -d 'Remove every container, pod, image, volume, network and secret, and the store itself'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -f -a "migrate" -d 'Rewrite the store\'s records in the current format and mark stopped containers so'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -f -a "check" -d 'Check the store for damage: blobs, images, layers, containers, pods, volumes, networks'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -f -a "service" -d 'Serve the Docker Engine API (docker CLI, docker-compose, SDKs) until idle'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -f -a "events" -d 'Show events (the same as `skiff events`)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -f -a "renumber" -d 'Accepted for podman, does nothing: podman renumbers its lock numbers, skiff locks each record\'s own file and has none'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info reset migrate check service events renumber help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l filter -d 'Only containers that match: until=TIME (created before), label=KEY[=VALUE], label!=KEY[=VALUE]' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s a -l all -d 'With system prune: remove every image no container uses, not only dangling ones'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumes -d 'With system prune: also remove volumes no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -s f -l format -d 'Output format: json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -s v -l verbose -d 'List every image, container and volume with its size'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -s f -l format -d 'Output format: json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from migrate" -l new-runtime -d 'Switch every container to another OCI runtime (refused: skiff is its own runtime)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from migrate" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from migrate" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from migrate" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from migrate" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from migrate" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from migrate" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from migrate" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from migrate" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from migrate" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from migrate" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from migrate" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -s r -l repair -d 'Remove what cannot be trusted (damaged images, half-made containers, dangling names, garbage)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -s q -l quick -d 'Skip reading all content (blob digests, unpacked layers\' files): find only what is missing'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -s f -l force -d 'With --repair, also remove containers whose image is damaged or missing'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -s t -l time -d 'Seconds without an open connection before the service exits (0: never)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l tls-cert -d 'Serve TLS on tcp:// with this certificate (PEM; with --tls-key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l tls-key -d 'The private key of --tls-cert (PEM)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l tls-cacert -d 'Accept only clients with a certificate this CA signed (PEM; with --tls-cert)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -s f -l filter -d 'Only events that match: type=, event= (or status=), container=, image=' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l since -d 'Only what happened since a time (RFC 3339) or a duration ago (10m, 1h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l until -d 'Only what happened until a time (RFC 3339) or a duration ago' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l format -d 'Output format: json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l stream -d 'Keep waiting for new events (--stream=false prints what there is and exits)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l no-trunc -d 'Show full ids; false shortens them to 12 characters [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from renumber" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from renumber" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from renumber" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from renumber" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from renumber" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from renumber" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from renumber" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from renumber" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from renumber" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from renumber" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from renumber" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from renumber" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove stopped containers and dangling images (-a: every unused image)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "df" -d 'Show disk usage of images, containers and volumes'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show information about skiff and the host'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Remove every container, pod, image, volume, network and secret, and the store itself'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Rewrite the store\'s records in the current format and mark stopped containers so'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the store for damage: blobs, images, layers, containers, pods, volumes, networks'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "service" -d 'Serve the Docker Engine API (docker CLI, docker-compose, SDKs) until idle'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "events" -d 'Show events (the same as `skiff events`)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "renumber" -d 'Accepted for podman, does nothing: podman renumbers its lock numbers, skiff locks each record\'s own file and has none'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand info" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand info" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand info" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand info" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand info" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -s f -l format -d 'Output format: json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand info" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand version" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand version" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand version" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand version" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand version" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -s f -l format -d 'Output format: json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand version" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand doctor" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand doctor" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand doctor" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand doctor" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand doctor" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand doctor" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand doctor" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand doctor" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand doctor" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand doctor" -s f -l format -d 'Output format: json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand doctor" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand doctor" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s a -l all -d 'Act on every container'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s a -l all -d 'Act on every container'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s i -l interval -d 'Seconds between reports' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l format -d 'Output format: json, or a Go template (\'table {{.ID}} {{.MemUsage}}\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s a -l all -d 'Show every container, not only running ones'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s l -l latest -d 'Show the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l no-trunc -d 'Show full container ids'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l no-stream -d 'Print one report and exit'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l no-reset -d 'Do not clear the screen between reports'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -l ready-fd -d 'Written "1" once the forwarder is in the container\'s network' -r
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -l exit-fd -d 'The forwarder exits when this closes' -r
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand __netns" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __netns" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __netns" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand __netns" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __netns" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand __netns" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __netns" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand __netns" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand __netns" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand __netns" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand __netns" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand __netns" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand __userns" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __userns" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __userns" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand __userns" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __userns" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand __userns" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __userns" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand __userns" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand __userns" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand __userns" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand __userns" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand __userns" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand __sync-store" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __sync-store" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __sync-store" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand __sync-store" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __sync-store" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand __sync-store" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __sync-store" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand __sync-store" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand __sync-store" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand __sync-store" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand __sync-store" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand __sync-store" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s f -l filter -d 'Only containers that match: status=, name=, id=, label=KEY[=VALUE], label!=KEY[=VALUE], ancestor=, exited=CODE, before=CONTAINER, since=CONTAINER, volume=NAME|PATH, health=STATE, pod=POD, network=NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s n -l last -d 'Show the N most recently created containers (all states)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l sort -d 'Order of the rows' -r -f -a "command\t'The container\'s command'
created\t'Newest first'
id\t''
image\t'The image\'s name'
names\t''
runningfor\t'Longest running last (most recently started first)'
size\t'Writable layer size'
status\t''"
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s w -l watch -d 'Redraw the listing every N seconds until interrupted' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l format -d 'Output format: json, or a Go template (\'table {{.ID}}\\t{{.Names}}\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s a -l all -d 'Show all containers, not only running ones'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s q -l quiet -d 'Print only container ids'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l no-trunc -d 'Do not truncate ids and commands'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l noheading -d 'Do not print the header line'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s l -l latest -d 'Show the most recently created container (all states)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s s -l size -d 'Show the size of each container\'s writable layer'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s p -l pod -d 'Show the pod of each container (POD ID and PODNAME columns)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l external -d 'Also list containers other tools made in the store (skiff\'s store holds only its own, so this adds none)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l ns -d 'Show the namespaces of each running container\'s process'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l sync -d 'Accepted for podman: every listing already checks each container\'s process, so states are never stale'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s t -l time -d 'Seconds to wait for the stop signal to work before killing [default: the container\'s stop timeout]' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l filter -d 'Only containers that match (the keys of ps --filter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l cidfile -d 'Read the container id from this file (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s f -l force -d 'Stop a running container before removing it (with SIGKILL at once unless --time is given)'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s a -l all -d 'Remove all containers'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s v -l volumes -d 'Also remove the container\'s anonymous volumes'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s i -l ignore -d 'Do not fail on containers that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l depend -d 'Also remove the containers that depend on it (that share its network), first'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s l -l link -d 'Remove the links named /CONTAINER/ALIAS (docker\'s `--link`), not the containers'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s t -l type -d 'Only look for this kind of object' -r -f -a "all\t''
container\t''
image\t''"
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s f -l format -d 'Format the output with a Go template (e.g. \'{{.Id}}\') or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s s -l size -d 'Add each container\'s sizes: SizeRw (what it wrote) and SizeRootFs (that and its image)'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand port" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand port" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand port" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand port" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand port" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand port" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand port" -s a -l all -d 'Every container\'s published ports, each line after the container\'s short id'
complete -c skiff -n "__fish_skiff_using_subcommand port" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand port" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand images" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand images" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand images" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand images" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -s f -l filter -d 'Show only images that match: dangling=true|false, reference=PATTERN, label=KEY[=VALUE], label!=KEY[=VALUE], until=TIME' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l sort -d 'Sort the rows by this column (newest first for created; ascending for the others, size too, as podman)' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c skiff -n "__fish_skiff_using_subcommand images" -l format -d 'Output format: json' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s a -l all -d 'Show intermediate images too (skiff\'s build cache keeps layers, not images: every stored image, untagged ones included, is listed either way)'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s q -l quiet -d 'Print only image ids'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l no-trunc -d 'Do not truncate image ids'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l digests -d 'Show the manifest digests'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l history -d 'Add a HISTORY column: every name the image has had, most recent first'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l tree -d 'List images as a tree of their platforms, as docker\'s experimental --tree does (skiff keeps one platform of each image: one branch each); untagged images only with -a'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s n -l noheading -d 'Do not print the header line'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l platform -d 'Use the image only if it is for this platform (OS/ARCH[/VARIANT]): a local image of another platform is refused' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s f -l force -d 'Remove the image even if containers use it (removing those containers)'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s a -l all -d 'Remove all images'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s i -l ignore -d 'Skip the named images that are not in the store, without an error'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l no-prune -d 'Keep dangling parent images (skiff\'s builds keep layers, not parent images, so removing an image never removes another)'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand import" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand import" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand import" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand import" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand import" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -s c -l change -d 'Apply a Dockerfile instruction to the image config (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -s m -l message -d 'Set the image\'s commit message (history comment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l platform -d 'Set the image\'s platform: OS/ARCH[/VARIANT] [default: this host\'s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l arch -d 'Set the image\'s architecture (e.g. arm64)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l os -d 'Set the image\'s operating system' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l variant -d 'Set the image\'s architecture variant (e.g. v7 for arm)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand import" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand import" -s q -l quiet -d 'Print only the image id'
complete -c skiff -n "__fish_skiff_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l platform -d 'Use the image for this platform: OS/ARCH[/VARIANT] [default: this host\'s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l arch -d 'Use the image for this architecture instead of the host\'s (e.g. arm64)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l os -d 'Use the image for this operating system instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l variant -d 'Use the image for this architecture variant (e.g. v7 for arm)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l tls-verify -d 'Verify TLS certificates; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l cert-dir -d 'Directory of certificates for the registry: *.crt are trusted authorities' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l creds -d 'Credentials for the registry: USERNAME:PASSWORD' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s q -l quiet -d 'Print only the image id'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s a -l all-tags -d 'Pull every tag of the repository (REGISTRY/NAME, no tag), from the registry\'s tags list'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand push" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand push" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand push" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand push" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand push" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l compression-format -d 'Compress the layers pushed to a registry this way: gzip or zstd (layers stored otherwise are recompressed) [default: as stored]' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l platform -d 'Use the image only if it is for this platform (OS/ARCH[/VARIANT]): a local image of another platform is refused' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -s f -l format -d 'Manifest format to push [default: the image\'s own]' -r -f -a "oci\t'OCI image manifest'
v2s2\t'Docker image manifest, schema 2'"
complete -c skiff -n "__fish_skiff_using_subcommand push" -l digestfile -d 'Write the pushed manifest\'s digest to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l tls-verify -d 'Verify TLS certificates; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand push" -l cert-dir -d 'Directory of certificates for the registry: *.crt are trusted authorities' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l creds -d 'Credentials for the registry: USERNAME:PASSWORD' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand push" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand push" -s q -l quiet -d 'Print no progress'
complete -c skiff -n "__fish_skiff_using_subcommand push" -s a -l all-tags -d 'Push every local tag of the repository IMAGE names (REGISTRY/NAME, no tag)'
complete -c skiff -n "__fish_skiff_using_subcommand push" -l compress -d 'Gzip the layers when pushing to a dir: destination (others get the layers as stored)'
complete -c skiff -n "__fish_skiff_using_subcommand push" -l remove-signatures -d 'Accepted for podman\'s scripts: skiff stores no signatures, so none are pushed'
complete -c skiff -n "__fish_skiff_using_subcommand push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand tag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand untag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "ls" -d 'List images in local storage'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "list" -d 'List images in local storage'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "rm" -d 'Remove one or more images from local storage'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "pull" -d 'Pull an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "push" -d 'Push an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "import" -d 'Import a root filesystem tarball as an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "tag" -d 'Add names to an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "untag" -d 'Remove names from an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "save" -d 'Save images to an archive or directory'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "load" -d 'Load images from an archive or directory'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "search" -d 'Search registries for images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "diff" -d 'Show the files an image changed from its parent or from another image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "tree" -d 'Show an image\'s layers as a tree'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "exists" -d 'Exit 0 when the image is in local storage, else 1'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "inspect" -d 'Show low-level information on images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "prune" -d 'Remove images without names that no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "mount" -d 'Mount images\' root filesystems read-only (inside `skiff unshare`) and print where; with no image, list the mounted ones'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "unmount" -d 'Unmount images mounted by `image mount`'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "umount" -d 'Unmount images mounted by `image mount`'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list rm pull push import build tag untag history save load search diff tree exists inspect prune mount unmount umount help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Show only images that match: dangling=true|false, reference=PATTERN, label=KEY[=VALUE], label!=KEY[=VALUE], until=TIME' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l sort -d 'Sort the rows by this column (newest first for created; ascending for the others, size too, as podman)' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Output format: json' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show intermediate images too (skiff\'s build cache keeps layers, not images: every stored image, untagged ones included, is listed either way)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only image ids'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate image ids'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l digests -d 'Show the manifest digests'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l history -d 'Add a HISTORY column: every name the image has had, most recent first'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l tree -d 'List images as a tree of their platforms, as docker\'s experimental --tree does (skiff keeps one platform of each image: one branch each); untagged images only with -a'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print the header line'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s f -l filter -d 'Show only images that match: dangling=true|false, reference=PATTERN, label=KEY[=VALUE], label!=KEY[=VALUE], until=TIME' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l sort -d 'Sort the rows by this column (newest first for created; ascending for the others, size too, as podman)' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l format -d 'Output format: json' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s a -l all -d 'Show intermediate images too (skiff\'s build cache keeps layers, not images: every stored image, untagged ones included, is listed either way)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only image ids'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate image ids'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l digests -d 'Show the manifest digests'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l history -d 'Add a HISTORY column: every name the image has had, most recent first'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l tree -d 'List images as a tree of their platforms, as docker\'s experimental --tree does (skiff keeps one platform of each image: one branch each); untagged images only with -a'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s n -l noheading -d 'Do not print the header line'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l platform -d 'Use the image only if it is for this platform (OS/ARCH[/VARIANT]): a local image of another platform is refused' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the image even if containers use it (removing those containers)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Skip the named images that are not in the store, without an error'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l no-prune -d 'Keep dangling parent images (skiff\'s builds keep layers, not parent images, so removing an image never removes another)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l platform -d 'Use the image for this platform: OS/ARCH[/VARIANT] [default: this host\'s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l arch -d 'Use the image for this architecture instead of the host\'s (e.g. arm64)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l os -d 'Use the image for this operating system instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l variant -d 'Use the image for this architecture variant (e.g. v7 for arm)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l tls-verify -d 'Verify TLS certificates; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l cert-dir -d 'Directory of certificates for the registry: *.crt are trusted authorities' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l creds -d 'Credentials for the registry: USERNAME:PASSWORD' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Print only the image id'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s a -l all-tags -d 'Pull every tag of the repository (REGISTRY/NAME, no tag), from the registry\'s tags list'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l compression-format -d 'Compress the layers pushed to a registry this way: gzip or zstd (layers stored otherwise are recompressed) [default: as stored]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l platform -d 'Use the image only if it is for this platform (OS/ARCH[/VARIANT]): a local image of another platform is refused' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s f -l format -d 'Manifest format to push [default: the image\'s own]' -r -f -a "oci\t'OCI image manifest'
v2s2\t'Docker image manifest, schema 2'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l digestfile -d 'Write the pushed manifest\'s digest to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l tls-verify -d 'Verify TLS certificates; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l cert-dir -d 'Directory of certificates for the registry: *.crt are trusted authorities' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l creds -d 'Credentials for the registry: USERNAME:PASSWORD' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Print no progress'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s a -l all-tags -d 'Push every local tag of the repository IMAGE names (REGISTRY/NAME, no tag)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l compress -d 'Gzip the layers when pushing to a dir: destination (others get the layers as stored)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l remove-signatures -d 'Accepted for podman\'s scripts: skiff stores no signatures, so none are pushed'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s c -l change -d 'Apply a Dockerfile instruction to the image config (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s m -l message -d 'Set the image\'s commit message (history comment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l platform -d 'Set the image\'s platform: OS/ARCH[/VARIANT] [default: this host\'s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l arch -d 'Set the image\'s architecture (e.g. arm64)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l os -d 'Set the image\'s operating system' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l variant -d 'Set the image\'s architecture variant (e.g. v7 for arm)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the image id'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name the image (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s f -l file -d 'The Containerfile to use, or - for standard input [default: CONTEXT/Containerfile, then CONTEXT/Dockerfile]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l build-arg -d 'Set a build argument declared with ARG' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l target -d 'Build up to this stage (a FROM ... AS name)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l label -d 'Add a label to the image' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l annotation -d 'Add an annotation to the image\'s manifest (OCI format only)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l format -d 'Manifest and config format of the built image' -r -f -a "oci\t'OCI image manifest and config'
docker\t'Docker image manifest, schema 2, and Docker config'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image id to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l network -d 'Network for RUN instructions: none (loopback only) or host' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l pull -d 'When to pull FROM, COPY --from and RUN --mount=from images: missing, always (--pull alone) or never' -r -f -a "missing\t'Only when it is not stored'
always\t'Every time (the stored image is replaced when the registry has a newer one)'
never\t'Never: a missing image is an error'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l platform -d 'Use the image for this platform: OS/ARCH[/VARIANT] [default: this host\'s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l arch -d 'Use the image for this architecture instead of the host\'s (e.g. arm64)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l os -d 'Use the image for this operating system instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l variant -d 'Use the image for this architecture variant (e.g. v7 for arm)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l tls-verify -d 'Verify TLS certificates; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l cert-dir -d 'Directory of certificates for the registry: *.crt are trusted authorities' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l creds -d 'Credentials for the registry: USERNAME:PASSWORD' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s v -l volume -d 'Bind-mount a host path or mount a named volume: [HOST-PATH|NAME:]CONTAINER-PATH[:ro|rw][,z|Z]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l dns -d 'DNS server for the container\'s /etc/resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l dns-search -d 'DNS search domain for the container\'s /etc/resolv.conf ("." for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l dns-option -d 'Set a resolver option in the container\'s /etc/resolv.conf (ndots:2, timeout:1, ...)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l add-host -d 'Add a line to the container\'s /etc/hosts: HOST:IP' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l cap-add -d 'Add a capability to the default set (or ALL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l cap-drop -d 'Drop a capability from the default set (or ALL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l security-opt -d 'Security options: seccomp=unconfined|PROFILE.json, no-new-privileges, unmask=ALL|PATH[:PATH...], label=disable' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l ulimit -d 'Set a resource limit for the container\'s processes: NAME=SOFT[:HARD] (nofile, nproc, core, stack, ...; -1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l ipc -d 'IPC namespace: private, shareable, none (no /dev/shm), host or container:NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l uts -d 'UTS namespace (hostname): private, host or container:NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l pid -d 'PID namespace: private, host or container:NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l shm-size -d 'Size of /dev/shm, such as 128m [default: 64m]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l device -d 'Give the container a host device: HOST[:CONTAINER][:PERMISSIONS] (bind-mounted; the node\'s own permissions apply, rwm is not enforced without cgroups)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l userns -d 'User namespace: host (skiff\'s own: root is the user) or keep-id[:uid=UID,gid=GID] (the user\'s ids are the same inside)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l http-proxy -d 'Pass skiff\'s proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy and their upper case) to the container [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l env -d 'Set an environment variable in the image from the start of each stage (KEY=VALUE, or KEY to copy it from skiff\'s environment); RUN steps see it' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l unsetenv -d 'Leave this variable out of the built image\'s environment' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l ignorefile -d 'Ignore file to use instead of CONTEXT/.containerignore or CONTEXT/.dockerignore' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l layers -d 'Use and fill the build cache (false: run every step, as --no-cache) [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l rm -d 'Remove RUN steps\' containers after a successful build (skiff always does: they are never stored) [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l force-rm -d 'Remove RUN steps\' containers after a failed build too (skiff always does) [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l timestamp -d 'Created time of the image and its history, and time of every file in the layers the build writes, in seconds since the epoch: the same build gives the same image id' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l from -d 'Start the first stage from this image instead of the one its FROM names' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l skip-unused-stages -d 'Build only the stages the target depends on (false: every stage before it too) [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l jobs -d 'Stages to build at once: accepted, but skiff builds stages one after the other' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l os-feature -d 'Add an OS feature to the image\'s config (os.features)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l os-version -d 'Set the OS version in the image\'s config (os.version)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l logfile -d 'Write the build\'s output (steps and RUN output) to this file instead of the terminal' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l logsplit -d 'With --logfile, write to FILE_OS_ARCH (the platform built) instead' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s o -l output -d 'Also write the image\'s files out: type=local,dest=DIR, type=tar,dest=FILE (- for standard output), or a bare directory' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l retry -d 'Times to retry a failed pull of a FROM, COPY --from or RUN --mount=from image' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l retry-delay -d 'Wait between pull retries, such as 2s or 500ms' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l identity-label -d 'Add a label naming the builder: skiff adds none, so only =false is accepted [default: false]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l cache-ttl -d 'Reuse cached steps only if they are younger than this, such as 24h' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l manifest -d 'Add the built image to this manifest list, made if missing' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l secret -d 'A secret RUN --mount=type=secret,id=ID can read: id=ID,src=FILE or id=ID,env=VARIABLE' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l ssh -d 'An SSH agent RUN --mount=type=ssh,id=ID can use: default ($SSH_AUTH_SOCK), ID ($SSH_AUTH_SOCK) or ID=SOCKET' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s D -l disable-compression -d 'Keep the layers uncompressed in the store (skiff always does; they are compressed when pushed) [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l no-cache -d 'Run every step again instead of reusing the build cache'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l squash -d 'Squash the layers the final stage adds into one (the base image\'s layers stay)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l squash-all -d 'Squash the whole image, base image included, into one layer'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Print only the image id'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l check -d 'Run BuildKit\'s Dockerfile build checks instead of building: print what they find (exit 1 if anything)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l pull-always -d 'Pull images even when they are stored (--pull=always)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l pull-never -d 'Never pull images: a missing one is an error (--pull=never)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l no-hosts -d 'Keep the image\'s /etc/hosts instead of generating one'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l stdin -d 'Give RUN steps skiff\'s standard input'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l omit-history -d 'Leave the history out of the image\'s config'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l compress -d 'Accepted as podman does: skiff sends the context to no daemon, so there is nothing to compress'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s H -l human -d 'Show created times as "3 hours ago" (false: as timestamps)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l platform -d 'Use the image only if it is for this platform (OS/ARCH[/VARIANT]): a local image of another platform is refused' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l format -d 'Output format: json, or a Go template (.ID .Created .CreatedBy .Size .Comment .Tags)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Do not truncate ids and commands'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print only the ids'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l format -d 'Archive format' -r -f -a "docker-archive\t'docker save\'s tar: manifest.json, configs and uncompressed layers'
oci-archive\t'An OCI image layout in a tar'
oci-dir\t'An OCI image layout directory'
docker-dir\t'A directory with a Docker schema 2 manifest and its blobs (podman\'s docker-dir)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s o -l output -d 'Write to this file (a directory for the dir formats) instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l platform -d 'Use the image only if it is for this platform (OS/ARCH[/VARIANT]): a local image of another platform is refused' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s m -l multi-image-archive -d 'Save several images into one docker-archive (also the default with several images)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l compress -d 'Compress the layers (dir formats only)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l uncompressed -d 'Write the layers uncompressed (oci-archive and oci-dir; docker-archive and docker-dir always are, unless --compress)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s q -l quiet -d 'Print no progress'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s i -l input -d 'Read from this archive or directory instead of standard input' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l platform -d 'Load only the archive\'s image for this platform (OS/ARCH[/VARIANT]): an image of another platform is refused' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Print only the names of the loaded images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -s f -l filter -d 'Show only results that pass: stars=N (at least N), is-official=BOOL, is-automated=BOOL' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l limit -d 'Show at most this many results from each registry [default: 25]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l tls-verify -d 'Verify TLS certificates; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l cert-dir -d 'Directory of certificates for the registry: *.crt are trusted authorities' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l creds -d 'Credentials for the registry: USERNAME:PASSWORD' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l format -d 'Output format: json, or a Go template (.Index .Name .Description .Stars .Official .Automated .Tag)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l compatible -d 'After the name and description, also show stars, official and automated as docker does'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l list-tags -d 'List the tags of the image TERM names (REGISTRY/NAME)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l no-trunc -d 'Do not shorten descriptions'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from diff" -l format -d 'Output format: json' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from diff" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from diff" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from diff" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from diff" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from diff" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from diff" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from diff" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from diff" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from diff" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from diff" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from diff" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l whatrequires -d 'Show the images built on this one instead of its layers'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template (e.g. \'{{.Id}}\') or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l platform -d 'Use the image only if it is for this platform (OS/ARCH[/VARIANT]): a local image of another platform is refused' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l filter -d 'Only images that match: label=KEY[=VALUE], label!=KEY[=VALUE], until=TIME (created before it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove every image no container uses, not only those without names'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -l format -d 'Print the mounted images as json (the only format)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -s a -l all -d 'Mount every image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -s a -l all -d 'Unmount every mounted image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -s f -l force -d 'Unmount even if the image is mounted more than once'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -s a -l all -d 'Unmount every mounted image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -s f -l force -d 'Unmount even if the image is mounted more than once'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List images in local storage'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more images from local storage'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Pull an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a root filesystem tarball as an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "tag" -d 'Add names to an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "untag" -d 'Remove names from an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "save" -d 'Save images to an archive or directory'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "load" -d 'Load images from an archive or directory'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search registries for images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show the files an image changed from its parent or from another image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "tree" -d 'Show an image\'s layers as a tree'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 when the image is in local storage, else 1'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show low-level information on images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove images without names that no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "mount" -d 'Mount images\' root filesystems read-only (inside `skiff unshare`) and print where; with no image, list the mounted ones'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "unmount" -d 'Unmount images mounted by `image mount`'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand login" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand login" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand login" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand login" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand login" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -s u -l username -d 'Username' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -s p -l password -d 'Password (visible to other users: prefer --password-stdin)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l tls-verify -d 'Verify TLS certificates; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand login" -l cert-dir -d 'Directory of certificates for the registry: *.crt are trusted authorities' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand login" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand login" -l password-stdin -d 'Read the password from standard input'
complete -c skiff -n "__fish_skiff_using_subcommand login" -l get-login -d 'Print the user logged in to the registry'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s v -l verbose -d 'Print the auth file the credentials were written to'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s a -l all -d 'Remove the credentials of every registry'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand load" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand load" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand load" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand load" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand load" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -s i -l input -d 'Read from this archive or directory instead of standard input' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l platform -d 'Load only the archive\'s image for this platform (OS/ARCH[/VARIANT]): an image of another platform is refused' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand load" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand load" -s q -l quiet -d 'Print only the names of the loaded images'
complete -c skiff -n "__fish_skiff_using_subcommand load" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand save" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand save" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand save" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand save" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand save" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l format -d 'Archive format' -r -f -a "docker-archive\t'docker save\'s tar: manifest.json, configs and uncompressed layers'
oci-archive\t'An OCI image layout in a tar'
oci-dir\t'An OCI image layout directory'
docker-dir\t'A directory with a Docker schema 2 manifest and its blobs (podman\'s docker-dir)'"
complete -c skiff -n "__fish_skiff_using_subcommand save" -s o -l output -d 'Write to this file (a directory for the dir formats) instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l platform -d 'Use the image only if it is for this platform (OS/ARCH[/VARIANT]): a local image of another platform is refused' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand save" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s m -l multi-image-archive -d 'Save several images into one docker-archive (also the default with several images)'
complete -c skiff -n "__fish_skiff_using_subcommand save" -l compress -d 'Compress the layers (dir formats only)'
complete -c skiff -n "__fish_skiff_using_subcommand save" -l uncompressed -d 'Write the layers uncompressed (oci-archive and oci-dir; docker-archive and docker-dir always are, unless --compress)'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s q -l quiet -d 'Print no progress'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand history" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand history" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand history" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand history" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand history" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -s H -l human -d 'Show created times as "3 hours ago" (false: as timestamps)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand history" -l platform -d 'Use the image only if it is for this platform (OS/ARCH[/VARIANT]): a local image of another platform is refused' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l format -d 'Output format: json, or a Go template (.ID .Created .CreatedBy .Size .Comment .Tags)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand history" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand history" -l no-trunc -d 'Do not truncate ids and commands'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s q -l quiet -d 'Print only the ids'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s a -l author -d 'Set the image\'s author' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s c -l change -d 'Apply a Dockerfile instruction to the image config (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s m -l message -d 'Set the image\'s commit message (history comment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s f -l format -d 'Manifest and config format of the image' -r -f -a "oci\t'OCI image manifest and config'
docker\t'Docker image manifest, schema 2, and Docker config'"
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l iidfile -d 'Write the image id to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s p -l pause -d 'Stop the container\'s processes while the image is written'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s q -l quiet -d 'Print no progress'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l include-volumes -d 'Make the container\'s volumes the image\'s VOLUMEs'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s s -l squash -d 'Merge the image\'s layers and the container\'s changes into one layer'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s a -l archive -d 'Make what is copied into the container its user\'s (podman\'s default); false keeps the source\'s uid and gid. Copies to the host are always yours' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s q -l quiet -d 'Print nothing on success (docker\'s flag; skiff\'s cp never prints a progress or "Successfully copied" line)'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l overwrite -d 'Let a directory replace a non-directory, and a non-directory a directory'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s L -l follow-link -d 'Follow a symlink SOURCE (docker\'s flag; skiff, as podman, always copies what the link points to)'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand export" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand export" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand export" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand export" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand export" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -s o -l output -d 'Write to this file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand export" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -f -a "create" -d 'Create a volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -f -a "ls" -d 'List volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -f -a "inspect" -d 'Show details of volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -f -a "rm" -d 'Remove volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -f -a "prune" -d 'Remove every volume no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -f -a "exists" -d 'Exit 0 if a volume exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -f -a "export" -d 'Write a volume\'s content as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -f -a "import" -d 'Unpack a tar archive (plain, gzip or zstd) into a volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -f -a "mount" -d 'Print where a volume\'s content is (inside `skiff unshare`): a local volume needs no mount'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -f -a "unmount" -d 'Unmount a volume mounted by `volume mount` (a local volume needs none): prints its name'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -f -a "umount" -d 'Unmount a volume mounted by `volume mount` (a local volume needs none): prints its name'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import mount unmount umount help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s l -l label -d 'Set a label (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s o -l opt -d 'Driver option (none are supported by the local driver yet)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s d -l driver -d 'Volume driver (only local: a directory in skiff\'s store)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Only volumes that match: name=, label=KEY[=VALUE], label!=KEY[=VALUE], driver=, dangling=true|false, until=TIME' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l format -d 'Output format: json, or a Go template (e.g. \'{{.Name}}\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only volume names'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print the header line'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s a -l all -d 'Inspect every volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait for the stop signal to work before killing [default: the container\'s stop timeout]' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers that use the volume first'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove every volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l filter -d 'Only volumes that match: label=KEY[=VALUE], label!=KEY[=VALUE], until=TIME' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s a -l all -d 'Named volumes too, as docker\'s flag asks (skiff, as podman, always prunes named and anonymous volumes alike)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to this file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from mount" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from mount" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from mount" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from mount" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from mount" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from mount" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from mount" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from mount" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from mount" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from mount" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from mount" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from mount" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from unmount" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from unmount" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from umount" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from umount" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from umount" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from umount" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from umount" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from umount" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from umount" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from umount" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from umount" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from umount" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from umount" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from umount" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show details of volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove every volume no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 if a volume exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write a volume\'s content as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "import" -d 'Unpack a tar archive (plain, gzip or zstd) into a volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "mount" -d 'Print where a volume\'s content is (inside `skiff unshare`): a local volume needs no mount'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "unmount" -d 'Unmount a volume mounted by `volume mount` (a local volume needs none): prints its name'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -f -a "create" -d 'Create a pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -f -a "ps" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -f -a "ls" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -f -a "inspect" -d 'Show details of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -f -a "start" -d 'Start pods: the infra process, then every container'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -f -a "stop" -d 'Stop pods: every container, then the infra process'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -f -a "restart" -d 'Restart pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -f -a "kill" -d 'Send a signal to every running container of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -f -a "rm" -d 'Remove pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -f -a "exists" -d 'Exit 0 if a pod exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -f -a "prune" -d 'Remove every pod that has nothing running'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -f -a "stats" -d 'Show the resource use of pods\' containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -f -a "top" -d 'Show the processes of a pod\'s running containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -f -a "logs" -d 'Print what a pod\'s containers wrote, each line after its container\'s name'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -f -a "clone" -d 'Create a copy of a pod, with the same settings but for those given'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune stats top logs clone help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s n -l name -d 'Name of the pod [default: a random name]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a port on the host: [IP:][HOSTPORT:]CONTAINERPORT[/tcp|udp], ranges allowed' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l share -d 'Namespaces the containers share: a comma-separated list of net, ipc, uts, pid ("" for none; +pid adds to the default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l network -d 'The pod\'s network: slirp4netns[:OPTIONS], none or host' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s l -l label -d 'Set a label (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s h -l hostname -d 'The pod\'s hostname [default: the pod\'s name]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l dns -d 'DNS server for the container\'s /etc/resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l dns-search -d 'DNS search domain for the container\'s /etc/resolv.conf ("." for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l dns-option -d 'Set a resolver option in the container\'s /etc/resolv.conf (ndots:2, timeout:1, ...)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l add-host -d 'Add a line to the container\'s /etc/hosts: HOST:IP' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l label-file -d 'Read labels from a file (KEY=VALUE lines; --label wins)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l pod-id-file -d 'Write the pod\'s id to FILE' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l exit-policy -d 'When the last container exits: continue (the pod keeps running) or stop (the pod stops)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra-name -d 'The name of the pod\'s infra container [default: the pod id\'s first 12 characters, then -infra]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l sysctl -d 'Set a kernel parameter of a namespace the pod shares: NAME=VALUE (net.* with net shared; kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.* with ipc shared)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s v -l volume -d 'Bind-mount a host path or mount a named volume in every container of the pod: [HOST-PATH|NAME:]CONTAINER-PATH[:ro|rw]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l volumes-from -d 'Mount the volumes of another container in every container of the pod: CONTAINER[:ro|rw]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l security-opt -d 'Security options of every container of the pod: seccomp=unconfined|PROFILE.json, no-new-privileges, unmask=ALL|PATH[:PATH...], label=disable' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l device -d 'Give every container of the pod a host device: HOST[:CONTAINER][:PERMISSIONS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l uts -d 'The pod\'s uts namespace: private (its own) or host (the host\'s, and its hostname)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l shm-size -d 'Size of the /dev/shm the pod\'s containers share, such as 128m [default: 64m]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l mac-address -d 'The MAC address of the pod\'s slirp4netns interface (xx:xx:xx:xx:xx:xx)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra -d 'Hold the pod\'s namespaces in an infra process (only true is supported)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l help -d 'Print help (-h is --hostname, as in podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l no-hosts -d 'Keep the image\'s /etc/hosts instead of generating one'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l replace -d 'Remove an existing pod of the same name (and its containers) first'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Only pods that match: name=, id=, label=KEY[=VALUE], label!=KEY[=VALUE], status=, until=TIME, ctr-names=, ctr-ids=, ctr-number=N, ctr-status=' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l sort -d 'Order of the rows' -r -f -a "created\t'Newest first'
id\t''
name\t''
number\t'Number of containers'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l format -d 'Output format: json, or a Go template (\'{{.Name}} {{.Status}}\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Print only pod ids'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Do not truncate ids'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l noheading -d 'Do not print the header line'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s l -l latest -d 'Show only the most recently created pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-names -d 'Show the names of each pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-ids -d 'Show the ids of each pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-status -d 'Show the state of each pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ns -d 'Show the pods\' cgroup and libpod namespace (skiff has neither: both are empty)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Only pods that match: name=, id=, label=KEY[=VALUE], label!=KEY[=VALUE], status=, until=TIME, ctr-names=, ctr-ids=, ctr-number=N, ctr-status=' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l sort -d 'Order of the rows' -r -f -a "created\t'Newest first'
id\t''
name\t''
number\t'Number of containers'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l format -d 'Output format: json, or a Go template (\'{{.Name}} {{.Status}}\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only pod ids'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate ids'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print the header line'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s l -l latest -d 'Show only the most recently created pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l ctr-names -d 'Show the names of each pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l ctr-ids -d 'Show the ids of each pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l ctr-status -d 'Show the state of each pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l ns -d 'Show the pods\' cgroup and libpod namespace (skiff has neither: both are empty)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s l -l latest -d 'Inspect the most recently created pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l pod-id-file -d 'Read the pod id from this file (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -s a -l all -d 'Act on every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -s l -l latest -d 'Act on the most recently created pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s t -l time -d 'Seconds to wait for the stop signal to work before killing [default: the container\'s stop timeout]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l pod-id-file -d 'Read the pod id from this file (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s i -l ignore -d 'Do not fail on pods that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s a -l all -d 'Act on every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s l -l latest -d 'Act on the most recently created pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l pod-id-file -d 'Read the pod id from this file (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -s a -l all -d 'Act on every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -s l -l latest -d 'Act on the most recently created pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send (name or number)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l pod-id-file -d 'Read the pod id from this file (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s a -l all -d 'Act on every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s l -l latest -d 'Act on the most recently created pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait for the stop signal to work before killing [default: the container\'s stop timeout]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l pod-id-file -d 'Read the pod id from this file (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s f -l force -d 'Stop and remove running pods with their containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Do not fail on pods that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s a -l all -d 'Act on every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s l -l latest -d 'Act on the most recently created pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -s i -l interval -d 'Seconds between reports' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l format -d 'Output format: json, or a Go template (\'table {{.ID}} {{.MemUsage}}\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -s a -l all -d 'Show every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -s l -l latest -d 'Show the most recently created pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l no-stream -d 'Print one report and exit'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l no-reset -d 'Do not clear the screen between reports'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -s l -l latest -d 'The most recently created pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s c -l container -d 'Only this container of the pod (name or id)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l tail -d 'Show only the last N lines of each container' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l since -d 'Only what happened since a time (RFC 3339) or a duration ago (10m, 1h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l until -d 'Only what happened until a time (RFC 3339) or a duration ago' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Keep printing new output until the containers stop'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s n -l names -d 'Prefix each line with the container\'s name (pod logs: instead of its id)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l color -d 'Colour each container\'s prefix'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s l -l latest -d 'The most recently created pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -s n -l name -d 'Name of the new pod [default: the original\'s name with -clone]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -s h -l hostname -d 'The new pod\'s hostname [default: the original\'s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -s l -l label -d 'Add or change a label (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l label-file -d 'Read labels to add or change from a file (KEY=VALUE lines; --label wins)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l infra-name -d 'The name of the new pod\'s infra container [default: the pod id\'s first 12 characters, then -infra]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l uts -d 'The new pod\'s uts namespace: private (its own) or host (the host\'s, and its hostname) [default: the original\'s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l shm-size -d 'Size of the /dev/shm the new pod\'s containers share, such as 128m [default: the original\'s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l sysctl -d 'Set a kernel parameter of a namespace the pod shares: NAME=VALUE (net.* with net shared; kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.* with ipc shared)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -s v -l volume -d 'Bind-mount a host path or mount a named volume in every container of the pod: [HOST-PATH|NAME:]CONTAINER-PATH[:ro|rw]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l volumes-from -d 'Mount the volumes of another container in every container of the pod: CONTAINER[:ro|rw]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l security-opt -d 'Security options of every container of the pod: seccomp=unconfined|PROFILE.json, no-new-privileges, unmask=ALL|PATH[:PATH...], label=disable' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l device -d 'Give every container of the pod a host device: HOST[:CONTAINER][:PERMISSIONS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l help -d 'Print help (-h is --hostname, as in podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l destroy -d 'Remove the original pod (and its containers, stopping them first)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l start -d 'Start the new pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from clone" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "ps" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show details of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start pods: the infra process, then every container'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop pods: every container, then the infra process'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "kill" -d 'Send a signal to every running container of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 if a pod exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove every pod that has nothing running'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Show the resource use of pods\' containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "top" -d 'Show the processes of a pod\'s running containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Print what a pod\'s containers wrote, each line after its container\'s name'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "clone" -d 'Create a copy of a pod, with the same settings but for those given'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand __pod-infra" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __pod-infra" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __pod-infra" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand __pod-infra" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __pod-infra" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand __pod-infra" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __pod-infra" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand __pod-infra" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand __pod-infra" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand __pod-infra" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand __pod-infra" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand __pod-infra" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "create" -d 'Create a network (a bridge in the user\'s networks\' namespace)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "ls" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "list" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "inspect" -d 'Show details of networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "rm" -d 'Remove networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "remove" -d 'Remove networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "prune" -d 'Remove every network no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "exists" -d 'Exit 0 if a network exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "connect" -d 'Connect a container created on a user network to one more (at once if it runs)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "disconnect" -d 'Disconnect a container from a network it was connected to'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s d -l driver -d 'Network driver (only bridge)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l subnet -d 'Subnet in CIDR form [default: a free 10.89.N.0/24]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l gateway -d 'Gateway address [default: the subnet\'s first address]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l label -d 'Set a label (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ip-range -d 'Give containers addresses from this part of the subnet only (CIDR inside --subnet)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l aux-address -d 'Keep an address of the subnet from containers (NAME=IP, repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ipam-driver -d 'IP address management driver: host-local (the only one skiff has)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ipam-opt -d 'IPAM driver options: none are taken by host-local' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ipv4 -d 'Enable IPv4 (docker\'s --ipv4; skiff\'s networks are always IPv4)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s o -l opt -d 'Bridge driver option (KEY=VALUE, repeatable): mtu=N (the bridge\'s and its containers\' interfaces\' MTU), isolate=true (skiff\'s networks always are)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l internal -d 'Keep the network from reaching the outside'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l disable-dns -d 'Containers on the network do not resolve each other\'s names (queries are only forwarded out)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Only networks that match: name=, id=, driver=, label=' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l format -d 'Output format: json, or a Go template (e.g. \'{{.Name}}\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only network names'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print the header line'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Show the whole network id'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s f -l filter -d 'Only networks that match: name=, id=, driver=, label=' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l format -d 'Output format: json, or a Go template (e.g. \'{{.Name}}\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only network names'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l noheading -d 'Do not print the header line'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l no-trunc -d 'Show the whole network id'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'Also show the containers on the network, with their addresses while they run'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait for the stop signal to work before killing [default: the container\'s stop timeout]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers that use the network first'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s t -l time -d 'Seconds to wait for the stop signal to work before killing [default: the container\'s stop timeout]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the containers that use the network first'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l filter -d 'Only networks that match: label=KEY[=VALUE], label!=KEY[=VALUE], until=TIME (created before it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l alias -d 'Another name the container answers to on this network (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l link -d 'Link to a running container on this network, NAME[:ALIAS] (docker\'s): this container, and only it, reaches that one as ALIAS too (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip -d 'The container\'s IPv4 address on this network [default: the lowest free one]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l mac-address -d 'The container\'s MAC address on this network (six hex pairs) [default: a random one]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s f -l force -d 'Accepted for podman and docker: skiff\'s disconnect needs no forcing'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a network (a bridge in the user\'s networks\' namespace)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show details of networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove every network no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 if a network exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "connect" -d 'Connect a container created on a user network to one more (at once if it runs)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "disconnect" -d 'Disconnect a container from a network it was connected to'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -f -a "generate" -d 'Generate Kubernetes YAML from containers or pods'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -f -a "play" -d 'Create pods and containers from Kubernetes YAML'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -f -a "down" -d 'Remove the pods and containers made from Kubernetes YAML'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l compose -d 'A compose project instead (its file, or the one compose finds here): a Deployment and a Service per service' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s f -l filename -d 'Write the YAML to this file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s t -l type -d 'What each pod becomes' -r -f -a "pod\t''
deployment\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s r -l replicas -d 'Replicas of a Deployment (with --type deployment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s s -l service -d 'Add a Service for the published ports'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l start -d 'Start the pods after creating them' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l network -d 'The pods\' network: slirp4netns[:OPTIONS], none, host or a network\'s name' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l configmap -d 'More ConfigMaps, from YAML files (repeatable, or comma-separated)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l build -d 'Build images from IMAGE/Containerfile even when stored (=false: never build) [default: when not stored]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l context-dir -d 'Where the images\' build directories are [default: the current directory]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l annotation -d 'Add an annotation to every container (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l log-driver -d 'Logging driver of every container: k8s-file, json-file or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l log-opt -d 'Logging options of every container: max-size=SIZE' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l tls-verify -d 'Verify TLS certificates; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l cert-dir -d 'Directory of certificates for the registry: *.crt are trusted authorities' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l creds -d 'Credentials for the registry: USERNAME:PASSWORD' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l down -d 'Remove what the file made instead (as kube down)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l replace -d 'Remove pods of the same names first'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l no-hosts -d 'Keep the images\' /etc/hosts instead of generating one'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -s q -l quiet -d 'Print no progress while pulling images'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Generate Kubernetes YAML from containers or pods'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "play" -d 'Create pods and containers from Kubernetes YAML'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "down" -d 'Remove the pods and containers made from Kubernetes YAML'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -f -a "kube" -d 'Generate Kubernetes YAML from containers or pods'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l compose -d 'A compose project instead (its file, or the one compose finds here): a Deployment and a Service per service' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s f -l filename -d 'Write the YAML to this file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s t -l type -d 'What each pod becomes' -r -f -a "pod\t''
deployment\t''"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s r -l replicas -d 'Replicas of a Deployment (with --type deployment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s s -l service -d 'Add a Service for the published ports'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "kube" -d 'Generate Kubernetes YAML from containers or pods'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube help" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube help" -f -a "kube" -d 'Create pods and containers from Kubernetes YAML'
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l start -d 'Start the pods after creating them' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l network -d 'The pods\' network: slirp4netns[:OPTIONS], none, host or a network\'s name' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l configmap -d 'More ConfigMaps, from YAML files (repeatable, or comma-separated)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l build -d 'Build images from IMAGE/Containerfile even when stored (=false: never build) [default: when not stored]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l context-dir -d 'Where the images\' build directories are [default: the current directory]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l annotation -d 'Add an annotation to every container (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l log-driver -d 'Logging driver of every container: k8s-file, json-file or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l log-opt -d 'Logging options of every container: max-size=SIZE' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l tls-verify -d 'Verify TLS certificates; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l cert-dir -d 'Directory of certificates for the registry: *.crt are trusted authorities' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l creds -d 'Credentials for the registry: USERNAME:PASSWORD' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l down -d 'Remove what the file made instead (as kube down)'
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l replace -d 'Remove pods of the same names first'
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l no-hosts -d 'Keep the images\' /etc/hosts instead of generating one'
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -s q -l quiet -d 'Print no progress while pulling images'
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from help" -f -a "kube" -d 'Create pods and containers from Kubernetes YAML'
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l rootless-netns -d 'Join the rootless network namespace (refused: skiff has no single one)'
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand init" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand init" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand init" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand init" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand init" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand init" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand init" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand init" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand init" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand init" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand init" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand init" -s a -l all -d 'Act on every container'
complete -c skiff -n "__fish_skiff_using_subcommand init" -s l -l latest -d 'Act on the most recently created container'
complete -c skiff -n "__fish_skiff_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -f -a "create" -d 'Create a secret from a file, standard input (-) or an environment variable (--env)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -f -a "ls" -d 'List secrets'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -f -a "list" -d 'List secrets'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -f -a "inspect" -d 'Show details of secrets'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -f -a "rm" -d 'Remove secrets'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -f -a "exists" -d 'Exit 0 if a secret exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm exists help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -s d -l driver -d 'Secret driver: file (the only one skiff has)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l driver-opts -d 'Driver options (the file driver takes none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -s l -l label -d 'Add a label (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l env -d 'Read the secret from the environment variable named by SOURCE'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Only secrets that match: name=, id=' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l format -d 'Output format: json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print the header line'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only secret ids'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -s f -l filter -d 'Only secrets that match: name=, id=' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l format -d 'Output format: json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l noheading -d 'Do not print the header line'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only secret ids'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template, or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l pretty -d 'Print in a human-readable form'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove every secret'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Do not fail on secrets that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a secret from a file, standard input (-) or an environment variable (--env)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List secrets'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show details of secrets'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove secrets'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 if a secret exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand search" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand search" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand search" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand search" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand search" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -s f -l filter -d 'Show only results that pass: stars=N (at least N), is-official=BOOL, is-automated=BOOL' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l limit -d 'Show at most this many results from each registry [default: 25]' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l tls-verify -d 'Verify TLS certificates; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand search" -l cert-dir -d 'Directory of certificates for the registry: *.crt are trusted authorities' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l creds -d 'Credentials for the registry: USERNAME:PASSWORD' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l format -d 'Output format: json, or a Go template (.Index .Name .Description .Stars .Official .Automated .Tag)' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand search" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand search" -l compatible -d 'After the name and description, also show stars, official and automated as docker does'
complete -c skiff -n "__fish_skiff_using_subcommand search" -l list-tags -d 'List the tags of the image TERM names (REGISTRY/NAME)'
complete -c skiff -n "__fish_skiff_using_subcommand search" -l no-trunc -d 'Do not shorten descriptions'
complete -c skiff -n "__fish_skiff_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -f -a "create" -d 'Create a manifest list, with these images in it'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -f -a "add" -d 'Add an image (stored, or from a registry) to a manifest list'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -f -a "annotate" -d 'Set the platform or annotations of an image in a manifest list'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -f -a "inspect" -d 'Print a manifest list as JSON'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -f -a "push" -d 'Push a manifest list (and its images) to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -f -a "rm" -d 'Remove manifest lists'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -f -a "remove" -d 'Remove an image from a manifest list'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -f -a "exists" -d 'Exit 0 when the manifest list exists, else 1'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate inspect push rm remove exists help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l tls-verify -d 'Verify TLS certificates; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l cert-dir -d 'Directory of certificates for the registry: *.crt are trusted authorities' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l all -d 'Add every image of an image that is itself a list'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -s a -l amend -d 'Change the list if one with this name exists'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l annotation -d 'Set an annotation of the image\'s entry' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l arch -d 'Architecture to list the image under' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l features -d 'Platform features to list the image with' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l os -d 'Operating system to list the image under' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l os-version -d 'Operating system version to list the image with' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l variant -d 'Architecture variant to list the image under (e.g. v8)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l tls-verify -d 'Verify TLS certificates; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l cert-dir -d 'Directory of certificates for the registry: *.crt are trusted authorities' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l creds -d 'Credentials for the registry: USERNAME:PASSWORD' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l all -d 'Add every image of an image that is itself a list'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l annotation -d 'Set an annotation of the image\'s entry' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l arch -d 'Architecture to list the image under' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l features -d 'Platform features to list the image with' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l os -d 'Operating system to list the image under' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l os-version -d 'Operating system version to list the image with' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l variant -d 'Architecture variant to list the image under (e.g. v8)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l os-features -d 'Operating system features to list the image with' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l all -d 'Push the list\'s images too, not only the list' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l digestfile -d 'Write the pushed list\'s digest to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -s f -l format -d 'List format to push: oci (an OCI index) or v2s2 (a Docker manifest list) [default: the list\'s own]' -r -f -a "oci\t'OCI image manifest'
v2s2\t'Docker image manifest, schema 2'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l compression-format -d 'Compress the layers of the list\'s images this way: gzip or zstd (layers stored otherwise are recompressed) [default: as stored]' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l tls-verify -d 'Verify TLS certificates; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l cert-dir -d 'Directory of certificates for the registry: *.crt are trusted authorities' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l creds -d 'Credentials for the registry: USERNAME:PASSWORD' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Print no progress'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l rm -d 'Remove the list once it is pushed'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a manifest list, with these images in it'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an image (stored, or from a registry) to a manifest list'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "annotate" -d 'Set the platform or annotations of an image in a manifest list'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Print a manifest list as JSON'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push a manifest list (and its images) to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove manifest lists'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an image from a manifest list'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 when the manifest list exists, else 1'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -s f -l file -d 'Compose file (repeatable, merged in order; - reads standard input) [default: compose.yaml or docker-compose.yml here or in a parent, with its override file]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -s p -l project-name -d 'Project name [default: COMPOSE_PROJECT_NAME, the top-level name, or the project directory\'s name]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -l profile -d 'Enable the services of this profile (repeatable; also COMPOSE_PROFILES)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -l env-file -d 'Read variables from this file instead of the project directory\'s .env (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -l project-directory -d 'Directory relative paths in the files are resolved against [default: the first file\'s directory]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -l parallel -d 'At most N services at a time (-1: no limit); skiff works on one service at a time, so every limit holds' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -l ansi -d 'When to colour the services\' output: never, always, or auto (on a terminal)' -r -f -a "never\t''
always\t''
auto\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -l progress -d 'How to show progress: auto, tty and plain print a line per step, quiet prints none' -r -f -a "auto\t''
tty\t''
plain\t''
quiet\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -l all-resources -d 'Include the networks, volumes, secrets and configs no service uses (`up` creates them, `config` lists them)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -l dry-run -d 'Print what up, create, down, rm, stop, start, restart, kill and pull would do (with a "DRY-RUN MODE - " prefix) and change nothing'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "up" -d 'Create and start the services\' containers (and their networks and volumes)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "create" -d 'Create the services\' containers without starting them'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "run" -d 'Run a one-off command in a new container of a service'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "build" -d 'Build the images of services with a build section'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "exec" -d 'Run a command in a running container of a service'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "config" -d 'Print the project\'s normalised model'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "down" -d 'Stop and remove the project\'s containers and networks'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "ps" -d 'List the project\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "logs" -d 'Show the output of the project\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "start" -d 'Start the services\' existing containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "stop" -d 'Stop the services\' containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "scale" -d 'Set how many containers services run: SERVICE=REPLICAS (and start their dependencies)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "restart" -d 'Restart the services\' containers (and those of the services that depend on them with `restart: true`)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "kill" -d 'Send a signal to the services\' running containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "rm" -d 'Remove the services\' stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "ls" -d 'List the projects that have containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "port" -d 'Print the host address a service\'s port is published on'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "images" -d 'List the images the project\'s containers use'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "top" -d 'Show the processes of the services\' running containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "wait" -d 'Block until the first container of the services stops, and exit with its status'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "pull" -d 'Pull the services\' images'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "push" -d 'Push the images of the services with a build section and an image name'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "cp" -d 'Copy files between a service\'s container and the host'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "attach" -d 'Connect the terminal to a service\'s running container'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "commit" -d 'Make an image of a service container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "export" -d 'Write a service container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "events" -d 'Print the events of the project\'s containers as they happen'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "version" -d 'Show the version of compose skiff implements'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "viz" -d 'Print the services and their dependencies as a Graphviz (DOT) graph'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "watch" -d 'Bring the services up, then sync, restart or rebuild them as the files their develop.watch rules name change'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "alpha" -d 'docker compose\'s experimental commands, now top-level ones: watch and viz'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up create run build exec config down ps logs start stop scale restart kill rm ls port images top wait pull push cp attach commit export events version viz watch alpha help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l pull -d 'When to pull images [default: each service\'s pull_policy, else missing]' -r -f -a "always\t''
missing\t''
never\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l scale -d 'Run N containers of SERVICE, overriding its scale (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l wait-timeout -d 'Seconds --wait waits at most' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l exit-code-from -d 'Return this service\'s exit status (implies --abort-on-container-exit)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s t -l timeout -d 'Seconds to wait for containers to stop when replacing or stopping them' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l attach -d 'Show the output of these services only (repeatable) [default: those named, else all]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-attach -d 'Do not show the output of these services (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l build -d 'Build images before starting the containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-build -d 'Do not build images, even those missing'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l force-recreate -d 'Recreate containers even if their configuration did not change'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-recreate -d 'Keep existing containers even if their configuration changed'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l remove-orphans -d 'Also remove containers of services the files no longer define'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l quiet-pull -d 'Pull without printing progress'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s y -l yes -d 'Answer yes to every prompt (skiff asks none)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s d -l detach -d 'Run the containers in the background and return'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-deps -d 'Do not start the services the named ones depend on'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-start -d 'Create the containers but do not start them'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l wait -d 'Wait until the services are running and healthy (implies --detach)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l abort-on-container-exit -d 'Stop every container when one exits (not with --detach)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l abort-on-container-failure -d 'Stop every container when one exits with a non-zero status, and return that status (not with --detach)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l always-recreate-deps -d 'Recreate the containers of the services those named depend on, changed or not'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s V -l renew-anon-volumes -d 'Recreate anonymous volumes instead of taking them over from the containers replaced'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l attach-dependencies -d 'Also show the output of the services those named depend on'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-color -d 'Print the log prefixes without colour'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-log-prefix -d 'Print no "service-1  |" prefix'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l timestamps -d 'Show timestamps in the services\' output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s w -l watch -d 'Also watch the services\' develop.watch paths, as `compose watch` does (not with --detach)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l pull -d 'When to pull images [default: each service\'s pull_policy, else missing]' -r -f -a "always\t''
missing\t''
never\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l scale -d 'Run N containers of SERVICE, overriding its scale (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l build -d 'Build images before starting the containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l no-build -d 'Do not build images, even those missing'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l force-recreate -d 'Recreate containers even if their configuration did not change'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l no-recreate -d 'Keep existing containers even if their configuration changed'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l remove-orphans -d 'Also remove containers of services the files no longer define'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l quiet-pull -d 'Pull without printing progress'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to every prompt (skiff asks none)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l name -d 'Name the container [default: PROJECT-SERVICE-run-RANDOM]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s e -l env -d 'Set an environment variable (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s l -l label -d 'Add or override a label (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l entrypoint -d 'Override the image\'s entrypoint' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s u -l user -d 'Run as this user' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l cap-add -d 'Add Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s v -l volume -d 'Bind mount a volume' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a container\'s port(s) to the host' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l env-from-file -d 'Set environment variables from this file (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s i -l interactive -d 'Keep standard input open (--interactive=false: do not)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l pull -d 'When to pull the image [default: the service\'s pull_policy, else missing]' -r -f -a "always\t''
missing\t''
never\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run the container in the background and print its name'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l no-deps -d 'Do not start the services this one depends on'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s P -l service-ports -d 'Publish the service\'s ports (run publishes none by default)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l use-aliases -d 'Use the service\'s network aliases in the network(s) the container connects to'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s T -l no-TTY -d 'Allocate no terminal even when standard input is one'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l build -d 'Build the service\'s image before starting the container'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l quiet-pull -d 'Pull without printing progress information'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l quiet-build -d 'Build without printing the build\'s steps'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print no progress (dependencies started, pulls, builds)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l remove-orphans -d 'Remove the containers of services the files no longer define'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l build-arg -d 'Set a build argument, over the service\'s build.args (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l ssh -d 'An SSH agent for RUN --mount=type=ssh in every service\'s build: default ($SSH_AUTH_SOCK) or ID=SOCKET (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l no-cache -d 'Run every build step again instead of reusing the build cache'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l pull -d 'Pull the base images even when they are stored'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Print no build output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l with-dependencies -d 'Also build the services those named depend on'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l push -d 'Push each image built that the service names with `image`'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l print -d 'Print the equivalent `docker buildx bake` file as JSON and build nothing'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l check -d 'Run BuildKit\'s Dockerfile build checks on each service\'s Containerfile instead of building (exit 1 if they find anything)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s u -l user -d 'Run as this user' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set an environment variable (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l index -d 'Which replica of the service' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s T -l no-TTY -d 'Allocate no terminal even when standard input is one'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l privileged -d 'Give the process every capability and no seccomp filter'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Run the command in the background'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l hash -d 'Print "SERVICE HASH" lines: the configuration hash of these services ("*": all)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l format -d 'Output format' -r -f -a "yaml\t''
json\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -s o -l output -d 'Write the model to this file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l services -d 'Print the service names, one a line'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l volumes -d 'Print the volume names, one a line'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l profiles -d 'Print the profile names, one a line'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l images -d 'Print the images the services use, one a line'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -s q -l quiet -d 'Only check the files: print nothing'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l no-interpolate -d 'Keep ${VAR} as written (the files merged, not normalised)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l no-normalize -d 'Keep short syntax as written (the files merged, not normalised)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l no-path-resolution -d 'Keep relative paths relative to the project directory'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l no-env-resolution -d 'Keep env_file and valueless environment entries as written'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l no-consistency -d 'Print the model even if it refers to undefined services, networks, volumes, secrets or configs'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l resolve-image-digests -d 'Pin each image to the digest its registry serves now (NAME:TAG@DIGEST)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l lock-image-digests -d 'Print an override file that pins each service\'s image to its digest'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l variables -d 'Print the variables the files use: whether required, their default and alternate values'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l environment -d 'Print the variables interpolation uses (KEY=VALUE lines)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l rmi -d 'Also remove images: local or all' -r -f -a "local\t'Images built for services without an image name of their own'
all\t'Every image a service uses'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -s t -l timeout -d 'Seconds to wait for a container to stop before killing it [default: its stop_grace_period]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -s v -l volumes -d 'Also remove the named volumes the file declares and the containers\' anonymous volumes'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l remove-orphans -d 'Also remove containers of services the files no longer define'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l format -d 'table, json, or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l status -d 'Only containers in this state (repeatable): created, running, exited' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l filter -d 'Filter: status=STATE (as --status)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l orphans -d 'Also list containers of services the files no longer define (--orphans=false: do not)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -s a -l all -d 'Also list stopped containers (and one-off `run` containers)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Print only container ids'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l services -d 'Print the services\' names instead'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Print commands whole instead of cutting them at 20 characters'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s n -l tail -d 'Print only the last N lines of each container [default: all]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l index -d 'Only the container with this replica number' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l since -d 'Only what happened since a time (RFC 3339) or a duration ago (10m, 1h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l until -d 'Only what happened until a time (RFC 3339) or a duration ago' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Keep printing new output until the containers stop'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l no-color -d 'Print the prefixes without colour'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l no-log-prefix -d 'Print no "service-1  |" prefix'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -s t -l timeout -d 'Seconds to wait for a container to stop before killing it [default: its stop_grace_period]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l no-deps -d 'Do not start the services they depend on'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -s t -l timeout -d 'Seconds to wait for a container to stop before killing it [default: its stop_grace_period]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l no-deps -d 'Restart only the services named, not those that depend on them with `restart: true`'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l remove-orphans -d 'Also kill containers of services the files no longer define'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s s -l stop -d 'Stop running containers first'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Also remove the containers\' anonymous volumes'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l format -d 'table or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l filter -d 'Filter: name=NAME (projects whose name contains NAME)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -s a -l all -d 'Also list projects whose containers are all stopped'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only project names'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l index -d 'Which replica of the service' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l protocol -d 'The port\'s protocol' -r -f -a "tcp\t''
udp\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l format -d 'table or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -s q -l quiet -d 'Print only image ids'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l down-project -d 'Take the project down (as `down` does) when the first container stops'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l policy -d 'Pull every image (always) or only those not stored (missing)' -r -f -a "missing\t''
always\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l ignore-buildable -d 'Skip the services that have a build section'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l ignore-pull-failures -d 'Warn about an image that cannot be pulled and go on'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l include-deps -d 'Also pull the images of the services the named ones depend on'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Print no progress'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l ignore-push-failures -d 'Warn about an image that cannot be pushed and go on'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l include-deps -d 'Also push the images of the services the named ones depend on'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Print no progress'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l index -d 'Which replica of the service' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l all -d 'Copy into every replica of the service (docker compose\'s deprecated flag)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -s L -l follow-link -d 'Follow a symlink SOURCE (skiff always copies what the link points to)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Archive mode: keep the uid and gid of what is copied into the container (without it, it is root\'s there)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l detach-keys -d 'Keys that detach and leave the container running ("" to disable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l sig-proxy -d 'Pass the signals skiff receives on to the container\'s process (false: they are not caught)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l index -d 'Which replica of the service' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l no-stdin -d 'Do not send standard input to the container'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from commit" -s a -l author -d 'Set the image\'s author' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from commit" -s c -l change -d 'Apply a Dockerfile instruction to the image config (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from commit" -s m -l message -d 'Set the image\'s commit message (history comment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from commit" -s p -l pause -d 'Stop the container\'s processes while the image is written (--pause=false: do not)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from commit" -l index -d 'Which replica of the service' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from commit" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from commit" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from commit" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from commit" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from commit" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from commit" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from commit" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from commit" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from commit" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from commit" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from commit" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to this file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from export" -l index -d 'Which replica of the service' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from export" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from export" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from export" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from export" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from export" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from export" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from export" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from export" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from export" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from export" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l since -d 'Only what happened since a time (RFC 3339) or a duration ago (10m, 1h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l until -d 'Only what happened until a time (RFC 3339) or a duration ago' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l json -d 'One JSON object a line'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -s f -l format -d 'pretty or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l short -d 'Print only the version number'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from viz" -l indentation-size -d 'How many tabs (or spaces) to indent with' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from viz" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from viz" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from viz" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from viz" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from viz" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from viz" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from viz" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from viz" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from viz" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from viz" -l image -d 'Show each service\'s image'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from viz" -l networks -d 'Show each service\'s networks'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from viz" -l ports -d 'Show each service\'s ports'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from viz" -l spaces -d 'Indent with spaces instead of tabs'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from viz" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from viz" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from viz" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l prune -d 'Remove the image a rebuild replaced once no container uses it (--prune=false: keep it)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l no-up -d 'Do not build and start the services before watching'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l quiet -d 'Print no build output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from alpha" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from alpha" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from alpha" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from alpha" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from alpha" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from alpha" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from alpha" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from alpha" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from alpha" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from alpha" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from alpha" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from alpha" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from alpha" -f -a "watch" -d 'The same as `compose watch`'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from alpha" -f -a "viz" -d 'The same as `compose viz`'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from alpha" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "up" -d 'Create and start the services\' containers (and their networks and volumes)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create the services\' containers without starting them'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run a one-off command in a new container of a service'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build the images of services with a build section'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Run a command in a running container of a service'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "config" -d 'Print the project\'s normalised model'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "down" -d 'Stop and remove the project\'s containers and networks'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "ps" -d 'List the project\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Show the output of the project\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start the services\' existing containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop the services\' containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "scale" -d 'Set how many containers services run: SERVICE=REPLICAS (and start their dependencies)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart the services\' containers (and those of the services that depend on them with `restart: true`)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "kill" -d 'Send a signal to the services\' running containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove the services\' stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List the projects that have containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "port" -d 'Print the host address a service\'s port is published on'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "images" -d 'List the images the project\'s containers use'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "top" -d 'Show the processes of the services\' running containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Block until the first container of the services stops, and exit with its status'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Pull the services\' images'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push the images of the services with a build section and an image name'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "cp" -d 'Copy files between a service\'s container and the host'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "attach" -d 'Connect the terminal to a service\'s running container'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "commit" -d 'Make an image of a service container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write a service container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "events" -d 'Print the events of the project\'s containers as they happen'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "version" -d 'Show the version of compose skiff implements'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "viz" -d 'Print the services and their dependencies as a Graphviz (DOT) graph'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "watch" -d 'Bring the services up, then sync, restart or rebuild them as the files their develop.watch rules name change'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "alpha" -d 'docker compose\'s experimental commands, now top-level ones: watch and viz'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand __generate-docs" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __generate-docs" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __generate-docs" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
skiff-fuse\t'skiff\'s own overlay served over FUSE, for kernels that refuse an unprivileged overlay'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand __generate-docs" -l storage-opt -d 'Options for the storage driver (skiff\'s drivers take none: a non-empty one is refused)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __generate-docs" -l log-level -d 'Print skiff\'s own messages of this level and above' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand __generate-docs" -l config -d 'docker\'s client configuration directory: registry credentials are read from and written to DIR/config.json' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __generate-docs" -l events-backend -d 'Where events go: file (skiff\'s event log) or none; journald is refused' -r -f -a "file\t'skiff\'s event log file'
journald\t'The systemd journal (refused: skiff writes no journal)'
none\t'Record no events'"
complete -c skiff -n "__fish_skiff_using_subcommand __generate-docs" -l cgroup-manager -d 'Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand __generate-docs" -l runtime -d 'OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted' -r
complete -c skiff -n "__fish_skiff_using_subcommand __generate-docs" -s D -l debug -d 'Print debug messages: the same as --log-level debug (docker\'s -D)'
complete -c skiff -n "__fish_skiff_using_subcommand __generate-docs" -l noout -d 'Print nothing to standard output'
complete -c skiff -n "__fish_skiff_using_subcommand __generate-docs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "run" -d 'Run a command in a new container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "create" -d 'Create a container without starting it'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "start" -d 'Start one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "kill" -d 'Send a signal to running containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "wait" -d 'Wait for containers to stop and print their exit codes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "logs" -d 'Show a container\'s output'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "exec" -d 'Run a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "attach" -d 'Attach to a running detached container\'s input and output'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "diff" -d 'Show the changes to a container\'s filesystem (A added, C changed, D deleted)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "top" -d 'Show the processes of a running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "events" -d 'Show events (container and image changes)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "healthcheck" -d 'Run a container\'s healthcheck'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "mount" -d 'Mount a container\'s root filesystem (inside `skiff unshare`) and print where; with no container, list the mounted ones'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "unmount" -d 'Unmount containers\' root filesystems mounted by `mount`'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "container" -d 'Manage containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "system" -d 'Manage skiff itself: disk usage, pruning, information'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "info" -d 'Show information about skiff and the host'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "version" -d 'Show skiff\'s version'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "doctor" -d 'Check what this host gives skiff: one line per check, OK, WARN or FAIL with its fix (exit 1 if any fails)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "pause" -d 'Pause containers (needs delegated cgroups v2)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "unpause" -d 'Unpause containers (needs delegated cgroups v2)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "stats" -d 'Show containers\' resource usage (read from /proc: no cgroups needed)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "__monitor" -d 'Internal: watch one detached container (started by skiff itself)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "__port-forward" -d 'Internal: forward a container\'s published TCP ports (started by skiff itself)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "__netns" -d 'Internal: hold the user networks\' namespaces (started by skiff itself)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "__userns" -d 'Internal: hold the user namespace for the next commands to join (started by skiff itself; ends when none has for a while)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "__sync-store" -d 'Internal: sync newly stored images to the disk in the background (started by skiff itself, with the store\'s unsynced/ as its input)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "rm" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "inspect" -d 'Show low-level information on containers or images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "port" -d 'List a container\'s published ports'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "images" -d 'List images in local storage'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "rmi" -d 'Remove one or more images from local storage'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "import" -d 'Import a root filesystem tarball as an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "pull" -d 'Pull an image from a registry, an archive or a directory'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "push" -d 'Push an image to a registry, an archive or a directory'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "tag" -d 'Add names to an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "untag" -d 'Remove names from an image (all of them when none is given)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "image" -d 'Manage images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "login" -d 'Log in to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "logout" -d 'Log out of a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "load" -d 'Load images from an archive or directory (docker-archive, oci-archive, oci-dir, docker-dir)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "save" -d 'Save images to an archive or directory'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "cp" -d 'Copy files between a container and the host'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "volume" -d 'Manage volumes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "pod" -d 'Manage pods: groups of containers that share network, ipc and uts namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "__pod-infra" -d 'Internal: hold one pod\'s namespaces (started by skiff itself)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "network" -d 'Manage networks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "kube" -d 'Kubernetes YAML: generate it from containers and pods, play and take down its pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "generate" -d 'Generate structured data (Kubernetes YAML) from containers and pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "play" -d 'Play structured data (Kubernetes YAML): create pods and containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "completion" -d 'Print a shell completion script'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "unshare" -d 'Run a command in skiff\'s user and mount namespaces (rootless only)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "init" -d 'Prepare containers for running: they stay "created" until `start`'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "secret" -d 'Manage secrets'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "search" -d 'Search registries for images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "manifest" -d 'Manage manifest lists (multi-architecture images)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "compose" -d 'Run multi-container applications from compose files'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "__generate-docs" -d 'Internal: regenerate completions/ and man/ (for developers)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename mount unmount container system info version doctor pause unpause stats __monitor __port-forward __netns __userns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network kube generate play completion unshare init secret search manifest compose __generate-docs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
