# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_skiff_global_optspecs
    string join \n root= runroot= storage-driver= h/help V/version
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
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_needs_command" -s V -l version -d 'Print version'
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
complete -c skiff -n "__fish_skiff_needs_command" -f -a "container" -d 'Manage containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "system" -d 'Manage skiff itself: disk usage, pruning, information'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "info" -d 'Show information about skiff and the host'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "version" -d 'Show skiff\'s version'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "pause" -d 'Pause containers (needs delegated cgroups v2)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "unpause" -d 'Unpause containers (needs delegated cgroups v2)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "stats" -d 'Show containers\' resource usage (needs delegated cgroups v2)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__monitor" -d 'Internal: watch one detached container (started by skiff itself)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__port-forward" -d 'Internal: forward a container\'s published TCP ports (started by skiff itself)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__netns" -d 'Internal: hold the user networks\' namespaces (started by skiff itself)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__sync-store" -d 'Internal: sync newly stored images to the disk in the background (started by skiff itself, with the store\'s unsynced/ as its input)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rm" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "inspect" -d 'Show low-level information on containers or images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "port" -d 'List a container\'s published ports'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "images" -d 'List images in local storage'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rmi" -d 'Remove one or more images from local storage'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "import" -d 'Import a root filesystem tarball as an image'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "pull" -d 'Pull an image from a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "push" -d 'Push an image to a registry'
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
complete -c skiff -n "__fish_skiff_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__generate-docs" -d 'Internal: regenerate completions/ and man/ (for developers)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c skiff -n "__fish_skiff_using_subcommand build" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l no-cache -d 'Run every step again instead of reusing the build cache'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l squash -d 'Squash the layers the final stage adds into one (the base image\'s layers stay)'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l squash-all -d 'Squash the whole image, base image included, into one layer'
complete -c skiff -n "__fish_skiff_using_subcommand build" -s q -l quiet -d 'Print only the image id'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l pull-always -d 'Pull images even when they are stored (--pull=always)'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l pull-never -d 'Never pull images: a missing one is an error (--pull=never)'
complete -c skiff -n "__fish_skiff_using_subcommand build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand build" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l preserve-fds -d 'Pass N more open descriptors, from 3 on, to the container\'s process (foreground only)' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand run" -l userns -d 'User namespace: host (skiff\'s own: root is the user) or keep-id[:uid=UID,gid=GID] (the user\'s ids are the same inside)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s p -l publish -d 'Publish a port on the host: [IP:][HOSTPORT:]CONTAINERPORT[/tcp|udp], ranges allowed' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pod -d 'Run the container in a pod: NAME or ID, or new:NAME to create the pod first' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l dns -d 'DNS server for the container\'s /etc/resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l dns-search -d 'DNS search domain for the container\'s /etc/resolv.conf ("." for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l add-host -d 'Add a line to the container\'s /etc/hosts: HOST:IP' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cap-add -d 'Add a capability to the default set (or ALL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cap-drop -d 'Drop a capability from the default set (or ALL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l security-opt -d 'Security options: seccomp=unconfined|PROFILE.json, no-new-privileges, unmask=ALL|PATH[:PATH...], label=disable' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l read-only-tmpfs -d 'With --read-only, mount tmpfs on /tmp, /var/tmp and /run' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l tmpfs -d 'Mount a tmpfs: PATH[:OPTIONS] (default options rw,noexec,nosuid,nodev)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l restart -d 'Restart policy: no, on-failure[:MAX], always, unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s l -l label -d 'Set a label (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l stop-signal -d 'Signal that stops the container [default: the image\'s, or SIGTERM]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l stop-timeout -d 'Seconds to wait after the stop signal before killing [default: 10]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-cmd -d 'Command that checks the container\'s health (run with /bin/sh -c)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-interval -d 'Time between healthchecks [default: 30s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-retries -d 'Failures in a row that make the container unhealthy [default: 3]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-start-period -d 'Time after start during which failures do not count [default: 0s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-timeout -d 'Longest a healthcheck may run before it counts as failed [default: 30s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s m -l memory -d 'Memory limit (needs delegated cgroups v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpus -d 'CPU limit (needs delegated cgroups v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pids-limit -d 'Process limit (needs delegated cgroups v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l log-driver -d 'Logging driver for detached containers: k8s-file, json-file or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l log-opt -d 'Logging options: max-size=SIZE' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s v -l volume -d 'Bind-mount a host path or mount a named volume: [HOST-PATH|NAME:]CONTAINER-PATH[:ro|rw][,z|Z]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l mount -d 'Attach a mount: type=bind|volume|tmpfs,source=...,target=...[,readonly]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l volumes-from -d 'Mount the volumes of another container: CONTAINER[:ro|rw]' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand run" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand run" -s d -l detach -d 'Run the container in the background and print its id'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l rmi -d 'Remove the image after the container exits, unless another container uses it (implies --rm)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s i -l interactive -d 'Keep standard input open'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s P -l publish-all -d 'Publish every port the image exposes on a random host port'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l privileged -d 'Give the container every capability, no seccomp filter and no masked paths'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l read-only -d 'Mount the container\'s root filesystem read-only'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l no-healthcheck -d 'Disable the image\'s healthcheck'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l replace -d 'Remove an existing container of the same --name first'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l env-host -d 'Pass skiff\'s whole environment to the container (--env-file and -e win)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l unsetenv-all -d 'Leave out the image\'s whole environment'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l init -d 'Run an init as the container\'s pid 1 that reaps zombies and passes signals on to the command (skiff itself, or --init-path)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s V -l version -d 'Print version'
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
complete -c skiff -n "__fish_skiff_using_subcommand create" -l userns -d 'User namespace: host (skiff\'s own: root is the user) or keep-id[:uid=UID,gid=GID] (the user\'s ids are the same inside)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s p -l publish -d 'Publish a port on the host: [IP:][HOSTPORT:]CONTAINERPORT[/tcp|udp], ranges allowed' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pod -d 'Run the container in a pod: NAME or ID, or new:NAME to create the pod first' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l dns -d 'DNS server for the container\'s /etc/resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l dns-search -d 'DNS search domain for the container\'s /etc/resolv.conf ("." for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l add-host -d 'Add a line to the container\'s /etc/hosts: HOST:IP' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cap-add -d 'Add a capability to the default set (or ALL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cap-drop -d 'Drop a capability from the default set (or ALL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l security-opt -d 'Security options: seccomp=unconfined|PROFILE.json, no-new-privileges, unmask=ALL|PATH[:PATH...], label=disable' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l read-only-tmpfs -d 'With --read-only, mount tmpfs on /tmp, /var/tmp and /run' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l tmpfs -d 'Mount a tmpfs: PATH[:OPTIONS] (default options rw,noexec,nosuid,nodev)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l restart -d 'Restart policy: no, on-failure[:MAX], always, unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s l -l label -d 'Set a label (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l stop-signal -d 'Signal that stops the container [default: the image\'s, or SIGTERM]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l stop-timeout -d 'Seconds to wait after the stop signal before killing [default: 10]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-cmd -d 'Command that checks the container\'s health (run with /bin/sh -c)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-interval -d 'Time between healthchecks [default: 30s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-retries -d 'Failures in a row that make the container unhealthy [default: 3]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-start-period -d 'Time after start during which failures do not count [default: 0s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-timeout -d 'Longest a healthcheck may run before it counts as failed [default: 30s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s m -l memory -d 'Memory limit (needs delegated cgroups v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpus -d 'CPU limit (needs delegated cgroups v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pids-limit -d 'Process limit (needs delegated cgroups v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l log-driver -d 'Logging driver for detached containers: k8s-file, json-file or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l log-opt -d 'Logging options: max-size=SIZE' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s v -l volume -d 'Bind-mount a host path or mount a named volume: [HOST-PATH|NAME:]CONTAINER-PATH[:ro|rw][,z|Z]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l mount -d 'Attach a mount: type=bind|volume|tmpfs,source=...,target=...[,readonly]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l volumes-from -d 'Mount the volumes of another container: CONTAINER[:ro|rw]' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand create" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s i -l interactive -d 'Keep standard input open'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s P -l publish-all -d 'Publish every port the image exposes on a random host port'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l privileged -d 'Give the container every capability, no seccomp filter and no masked paths'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l read-only -d 'Mount the container\'s root filesystem read-only'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l no-healthcheck -d 'Disable the image\'s healthcheck'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l replace -d 'Remove an existing container of the same --name first'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l env-host -d 'Pass skiff\'s whole environment to the container (--env-file and -e win)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l unsetenv-all -d 'Leave out the image\'s whole environment'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l init -d 'Run an init as the container\'s pid 1 that reaps zombies and passes signals on to the command (skiff itself, or --init-path)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand start" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand start" -s a -l attach -d 'Attach to the container\'s output and wait for it to exit'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s t -l time -d 'Seconds to wait for the stop signal to work before killing' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s a -l all -d 'Act on every running container'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s s -l signal -d 'Signal to send (name or number)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s a -l all -d 'Act on every running container'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s t -l time -d 'Seconds to wait for the stop signal to work before killing' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s a -l all -d 'Act on every running container'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l condition -d 'State to wait for: stopped, exited, running' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l tail -d 'Show only the last N lines' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l since -d 'Only what happened since a time (RFC 3339) or a duration ago (10m, 1h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l until -d 'Only what happened until a time (RFC 3339) or a duration ago' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s f -l follow -d 'Keep printing new output until the container stops'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s t -l timestamps -d 'Show timestamps'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s n -l names -d 'Prefix each line with the container\'s name'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s e -l env -d 'Set an environment variable (KEY=VALUE, or KEY to copy it from skiff\'s environment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l env-file -d 'Read environment variables from a file (KEY=VALUE lines)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s u -l user -d 'User (name or uid) and optional group to run as: USER[:GROUP]' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s i -l interactive -d 'Keep standard input open'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s d -l detach -d 'Run the command in the background'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l privileged -d 'Give the process every capability, no seccomp filter'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l detach-keys -d 'Keys that detach and leave the container running ("" to disable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l no-stdin -d 'Do not send standard input to the container'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l format -d 'Output format: json' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand diff" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand top" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand top" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand top" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand events" -s f -l filter -d 'Only events that match: type=, event= (or status=), container=, image=' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l since -d 'Only what happened since a time (RFC 3339) or a duration ago (10m, 1h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l until -d 'Only what happened until a time (RFC 3339) or a duration ago' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l format -d 'Output format: json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l stream -d 'Keep waiting for new events (--stream=false prints what there is and exits)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand events" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand events" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -f -a "run" -d 'Run the healthcheck of a running container now'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run the healthcheck of a running container now'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand rename" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from exists prune commit help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from exists prune commit help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from exists prune commit help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from exists prune commit help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from exists prune commit help" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from exists prune commit help" -f -a "exists" -d 'Exit 0 if the container exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from exists prune commit help" -f -a "prune" -d 'Remove every container that is not running'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from exists prune commit help" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from exists prune commit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s a -l all -d 'With system prune: remove every image no container uses, not only dangling ones'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l volumes -d 'With system prune: also remove volumes no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s a -l author -d 'Set the image\'s author' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s c -l change -d 'Apply a Dockerfile instruction to the image config (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s m -l message -d 'Set the image\'s commit message (history comment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s p -l pause -d 'Stop the container\'s processes while the image is written'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s q -l quiet -d 'Print no progress'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 if the container exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove every container that is not running'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info help" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info help" -f -a "prune" -d 'Remove stopped containers and dangling images (-a: every unused image)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info help" -f -a "df" -d 'Show disk usage of images and containers'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info help" -f -a "info" -d 'Show information about skiff and the host'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df info help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s a -l all -d 'With system prune: remove every image no container uses, not only dangling ones'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumes -d 'With system prune: also remove volumes no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -s f -l format -d 'Output format: json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -s f -l format -d 'Output format: json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove stopped containers and dangling images (-a: every unused image)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "df" -d 'Show disk usage of images and containers'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show information about skiff and the host'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand info" -s f -l format -d 'Output format: json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand info" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand version" -s f -l format -d 'Output format: json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand version" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s a -l all -d 'Act on every container'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s a -l all -d 'Act on every container'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s a -l all -d 'Act on every container'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -l ready-fd -d 'Written "1" once the forwarder is in the container\'s network' -r
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -l exit-fd -d 'The forwarder exits when this closes' -r
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand __port-forward" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand __netns" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __netns" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __netns" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand __netns" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand __netns" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand __sync-store" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __sync-store" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __sync-store" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand __sync-store" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand __sync-store" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l format -d 'Output format: json, or a Go template (\'table {{.ID}}\\t{{.Names}}\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s f -l filter -d 'Only containers that match: status=, name=, id=, label=KEY[=VALUE], ancestor=, exited=CODE' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s n -l last -d 'Show the N most recently created containers (all states)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s a -l all -d 'Show all containers, not only running ones'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s q -l quiet -d 'Print only container ids'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l no-trunc -d 'Do not truncate ids and commands'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s l -l latest -d 'Show the most recently created container (all states)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s s -l size -d 'Show the size of each container\'s writable layer'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l pod -d 'Show the pod of each container (POD ID and PODNAME columns)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s f -l force -d 'Kill a running container before removing it'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s a -l all -d 'Remove all containers'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s v -l volumes -d 'Also remove the container\'s anonymous volumes'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s f -l format -d 'Format the output with a Go template (e.g. \'{{.State.Status}}\') or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s k -l type -d 'Only look for this kind of object' -r -f -a "all\t''
container\t''
image\t''"
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand port" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand port" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand port" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l format -d 'Output format: json' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -s f -l filter -d 'Show only images that match: dangling=true|false, reference=PATTERN, label=KEY[=VALUE]' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand images" -s a -l all -d 'Show intermediate images too (skiff\'s build cache keeps layers, not images: every stored image, untagged ones included, is listed either way)'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s q -l quiet -d 'Print only image ids'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l no-trunc -d 'Do not truncate image ids'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l digests -d 'Show the manifest digests'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s f -l force -d 'Remove the image even if containers use it (removing those containers)'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s a -l all -d 'Remove all images'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand import" -s c -l change -d 'Apply a Dockerfile instruction to the image config (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -s m -l message -d 'Set the image\'s commit message (history comment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand import" -s q -l quiet -d 'Print only the image id'
complete -c skiff -n "__fish_skiff_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand import" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l platform -d 'Use the image for this platform: OS/ARCH[/VARIANT] [default: this host\'s]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l arch -d 'Use the image for this architecture instead of the host\'s (e.g. arm64)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l os -d 'Use the image for this operating system instead of the host\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l variant -d 'Use the image for this architecture variant (e.g. v7 for arm)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l tls-verify -d 'Verify TLS certificates; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l cert-dir -d 'Directory of certificates for the registry: *.crt are trusted authorities' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l creds -d 'Credentials for the registry: USERNAME:PASSWORD' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s q -l quiet -d 'Print only the image id'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand push" -s f -l format -d 'Manifest format to push [default: the image\'s own]' -r -f -a "oci\t'OCI image manifest'
v2s2\t'Docker image manifest, schema 2'"
complete -c skiff -n "__fish_skiff_using_subcommand push" -l digestfile -d 'Write the pushed manifest\'s digest to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l tls-verify -d 'Verify TLS certificates; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand push" -l cert-dir -d 'Directory of certificates for the registry: *.crt are trusted authorities' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l creds -d 'Credentials for the registry: USERNAME:PASSWORD' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand push" -s q -l quiet -d 'Print no progress'
complete -c skiff -n "__fish_skiff_using_subcommand push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand push" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand tag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand tag" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand untag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand untag" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from exists inspect prune tag untag history save load help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from exists inspect prune tag untag history save load help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from exists inspect prune tag untag history save load help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from exists inspect prune tag untag history save load help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from exists inspect prune tag untag history save load help" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from exists inspect prune tag untag history save load help" -f -a "exists" -d 'Exit 0 when the image is in local storage, else 1'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from exists inspect prune tag untag history save load help" -f -a "inspect" -d 'Show low-level information on images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from exists inspect prune tag untag history save load help" -f -a "prune" -d 'Remove images without names that no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from exists inspect prune tag untag history save load help" -f -a "tag" -d 'Add names to an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from exists inspect prune tag untag history save load help" -f -a "untag" -d 'Remove names from an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from exists inspect prune tag untag history save load help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from exists inspect prune tag untag history save load help" -f -a "save" -d 'Save images to an archive or directory'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from exists inspect prune tag untag history save load help" -f -a "load" -d 'Load images from an archive or directory'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from exists inspect prune tag untag history save load help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template (e.g. \'{{.Id}}\') or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove every image no container uses, not only those without names'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s H -l human -d 'Show created times as "3 hours ago" (false: as timestamps)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l format -d 'Output format: json, or a Go template (.ID .Created .CreatedBy .Size .Comment .Tags)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Do not truncate ids and commands'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print only the ids'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l format -d 'Archive format' -r -f -a "docker-archive\t'docker save\'s tar: manifest.json, configs and uncompressed layers'
oci-archive\t'An OCI image layout in a tar'
oci-dir\t'An OCI image layout directory'
docker-dir\t'A directory with a Docker schema 2 manifest and its blobs (podman\'s docker-dir)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s o -l output -d 'Write to this file (a directory for the dir formats) instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s m -l multi-image-archive -d 'Save several images into one docker-archive (also the default with several images)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l compress -d 'Compress the layers (dir formats only)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s q -l quiet -d 'Print no progress'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s i -l input -d 'Read from this archive or directory instead of standard input' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Print only the names of the loaded images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 when the image is in local storage, else 1'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show low-level information on images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove images without names that no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "tag" -d 'Add names to an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "untag" -d 'Remove names from an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "save" -d 'Save images to an archive or directory'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "load" -d 'Load images from an archive or directory'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s u -l username -d 'Username' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -s p -l password -d 'Password (visible to other users: prefer --password-stdin)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l tls-verify -d 'Verify TLS certificates; false also allows plain http [default: true]' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand login" -l cert-dir -d 'Directory of certificates for the registry: *.crt are trusted authorities' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand login" -l password-stdin -d 'Read the password from standard input'
complete -c skiff -n "__fish_skiff_using_subcommand login" -l get-login -d 'Print the user logged in to the registry'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l authfile -d 'Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s a -l all -d 'Remove the credentials of every registry'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand load" -s i -l input -d 'Read from this archive or directory instead of standard input' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand load" -s q -l quiet -d 'Print only the names of the loaded images'
complete -c skiff -n "__fish_skiff_using_subcommand load" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand load" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand save" -l format -d 'Archive format' -r -f -a "docker-archive\t'docker save\'s tar: manifest.json, configs and uncompressed layers'
oci-archive\t'An OCI image layout in a tar'
oci-dir\t'An OCI image layout directory'
docker-dir\t'A directory with a Docker schema 2 manifest and its blobs (podman\'s docker-dir)'"
complete -c skiff -n "__fish_skiff_using_subcommand save" -s o -l output -d 'Write to this file (a directory for the dir formats) instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand save" -s m -l multi-image-archive -d 'Save several images into one docker-archive (also the default with several images)'
complete -c skiff -n "__fish_skiff_using_subcommand save" -l compress -d 'Compress the layers (dir formats only)'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s q -l quiet -d 'Print no progress'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s H -l human -d 'Show created times as "3 hours ago" (false: as timestamps)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand history" -l format -d 'Output format: json, or a Go template (.ID .Created .CreatedBy .Size .Comment .Tags)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand history" -l no-trunc -d 'Do not truncate ids and commands'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s q -l quiet -d 'Print only the ids'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s a -l author -d 'Set the image\'s author' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s c -l change -d 'Apply a Dockerfile instruction to the image config (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s m -l message -d 'Set the image\'s commit message (history comment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s p -l pause -d 'Stop the container\'s processes while the image is written'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s q -l quiet -d 'Print no progress'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand export" -s o -l output -d 'Write to this file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand export" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists help" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists help" -f -a "create" -d 'Create a volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists help" -f -a "ls" -d 'List volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists help" -f -a "inspect" -d 'Show details of volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists help" -f -a "rm" -d 'Remove volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists help" -f -a "prune" -d 'Remove every volume no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists help" -f -a "exists" -d 'Exit 0 if a volume exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s l -l label -d 'Set a label (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s o -l opt -d 'Driver option (none are supported by the local driver yet)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l format -d 'Output format: json, or a Go template (e.g. \'{{.Name}}\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only volume names'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers that use the volume first'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show details of volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove every volume no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 if a volume exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune help" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune help" -f -a "create" -d 'Create a pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune help" -f -a "ps" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune help" -f -a "ls" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune help" -f -a "inspect" -d 'Show details of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune help" -f -a "start" -d 'Start pods: the infra process, then every container'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune help" -f -a "stop" -d 'Stop pods: every container, then the infra process'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune help" -f -a "restart" -d 'Restart pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune help" -f -a "kill" -d 'Send a signal to every running container of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune help" -f -a "rm" -d 'Remove pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune help" -f -a "exists" -d 'Exit 0 if a pod exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune help" -f -a "prune" -d 'Remove every pod that has nothing running'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls inspect start stop restart kill rm exists prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s n -l name -d 'Name of the pod [default: a random name]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a port on the host: [IP:][HOSTPORT:]CONTAINERPORT[/tcp|udp], ranges allowed' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l share -d 'Namespaces the containers share: a comma-separated list of net, ipc, uts ("" for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l network -d 'The pod\'s network: slirp4netns[:OPTIONS], none or host' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s l -l label -d 'Set a label (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l hostname -d 'The pod\'s hostname [default: the pod\'s name]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra -d 'Hold the pod\'s namespaces in an infra process (only true is supported)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l format -d 'Output format: json, or a Go template (\'{{.Name}} {{.Status}}\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Only pods that match: name=, id=, label=KEY[=VALUE], status=' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Print only pod ids'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Do not truncate ids'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-names -d 'Show the names of each pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-ids -d 'Show the ids of each pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l format -d 'Output format: json, or a Go template (\'{{.Name}} {{.Status}}\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Only pods that match: name=, id=, label=KEY[=VALUE], status=' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only pod ids'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate ids'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l ctr-names -d 'Show the names of each pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l ctr-ids -d 'Show the ids of each pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -s a -l all -d 'Act on every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s t -l time -d 'Seconds to wait for each container\'s stop signal to work before killing' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s a -l all -d 'Act on every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -s a -l all -d 'Act on every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send (name or number)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s a -l all -d 'Act on every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s f -l force -d 'Stop and remove running pods with their containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s a -l all -d 'Act on every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
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
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand __pod-infra" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __pod-infra" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __pod-infra" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand __pod-infra" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand __pod-infra" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -f -a "create" -d 'Create a network (a bridge in the user\'s networks\' namespace)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -f -a "ls" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -f -a "list" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -f -a "inspect" -d 'Show details of networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -f -a "rm" -d 'Remove networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -f -a "remove" -d 'Remove networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -f -a "prune" -d 'Remove every network no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -f -a "exists" -d 'Exit 0 if a network exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s d -l driver -d 'Network driver (only bridge)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l subnet -d 'Subnet in CIDR form [default: a free 10.89.N.0/24]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l gateway -d 'Gateway address [default: the subnet\'s first address]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l label -d 'Set a label (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l internal -d 'Keep the network from reaching the outside'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l format -d 'Output format: json, or a Go template (e.g. \'{{.Name}}\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Only networks that match: name=, id=, driver=, label=' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only network names'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l format -d 'Output format: json, or a Go template (e.g. \'{{.Name}}\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s f -l filter -d 'Only networks that match: name=, id=, driver=, label=' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only network names'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers that use the network first'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the containers that use the network first'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a network (a bridge in the user\'s networks\' namespace)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show details of networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove every network no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 if a network exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand completion" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand __generate-docs" -l root -d 'Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __generate-docs" -l runroot -d 'Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __generate-docs" -l storage-driver -d 'Storage driver for container root filesystems [default: probed once per store]' -r -f -a "overlay\t'Kernel overlayfs, mounted inside the user namespace'
fuse-overlayfs\t'fuse-overlayfs, for kernels that refuse an unprivileged overlay'
copy\t'A full copy of the image per container (slow; works everywhere)'"
complete -c skiff -n "__fish_skiff_using_subcommand __generate-docs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c skiff -n "__fish_skiff_using_subcommand __generate-docs" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "run" -d 'Run a command in a new container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "create" -d 'Create a container without starting it'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "start" -d 'Start one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "kill" -d 'Send a signal to running containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "wait" -d 'Wait for containers to stop and print their exit codes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "logs" -d 'Show a container\'s output'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "exec" -d 'Run a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "attach" -d 'Attach to a running detached container\'s input and output'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "diff" -d 'Show the changes to a container\'s filesystem (A added, C changed, D deleted)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "top" -d 'Show the processes of a running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "events" -d 'Show events (container and image changes)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "healthcheck" -d 'Run a container\'s healthcheck'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "container" -d 'Manage containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "system" -d 'Manage skiff itself: disk usage, pruning, information'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "info" -d 'Show information about skiff and the host'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "version" -d 'Show skiff\'s version'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "pause" -d 'Pause containers (needs delegated cgroups v2)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "unpause" -d 'Unpause containers (needs delegated cgroups v2)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "stats" -d 'Show containers\' resource usage (needs delegated cgroups v2)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "__monitor" -d 'Internal: watch one detached container (started by skiff itself)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "__port-forward" -d 'Internal: forward a container\'s published TCP ports (started by skiff itself)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "__netns" -d 'Internal: hold the user networks\' namespaces (started by skiff itself)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "__sync-store" -d 'Internal: sync newly stored images to the disk in the background (started by skiff itself, with the store\'s unsynced/ as its input)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "rm" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "inspect" -d 'Show low-level information on containers or images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "port" -d 'List a container\'s published ports'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "images" -d 'List images in local storage'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "rmi" -d 'Remove one or more images from local storage'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "import" -d 'Import a root filesystem tarball as an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "pull" -d 'Pull an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "push" -d 'Push an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "tag" -d 'Add names to an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "untag" -d 'Remove names from an image (all of them when none is given)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "image" -d 'Manage images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "login" -d 'Log in to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "logout" -d 'Log out of a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "load" -d 'Load images from an archive or directory (docker-archive, oci-archive, oci-dir, docker-dir)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "save" -d 'Save images to an archive or directory'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "cp" -d 'Copy files between a container and the host'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "volume" -d 'Manage volumes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "pod" -d 'Manage pods: groups of containers that share network, ipc and uts namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "__pod-infra" -d 'Internal: hold one pod\'s namespaces (started by skiff itself)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "network" -d 'Manage networks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "completion" -d 'Print a shell completion script'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "__generate-docs" -d 'Internal: regenerate completions/ and man/ (for developers)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from build run create start stop kill restart wait logs exec attach diff top events healthcheck rename container system info version pause unpause stats __monitor __port-forward __netns __sync-store ps rm inspect port images rmi import pull push tag untag image login logout load save history commit cp export volume pod __pod-infra network completion __generate-docs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from healthcheck" -f -a "run" -d 'Run the healthcheck of a running container now'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "exists" -d 'Exit 0 if the container exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "prune" -d 'Remove every container that is not running'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "prune" -d 'Remove stopped containers and dangling images (-a: every unused image)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "df" -d 'Show disk usage of images and containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "info" -d 'Show information about skiff and the host'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "exists" -d 'Exit 0 when the image is in local storage, else 1'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "inspect" -d 'Show low-level information on images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "prune" -d 'Remove images without names that no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "tag" -d 'Add names to an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "untag" -d 'Remove names from an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "save" -d 'Save images to an archive or directory'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "load" -d 'Load images from an archive or directory'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "create" -d 'Create a volume'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "ls" -d 'List volumes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "inspect" -d 'Show details of volumes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "rm" -d 'Remove volumes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "prune" -d 'Remove every volume no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "exists" -d 'Exit 0 if a volume exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "create" -d 'Create a pod'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "ps" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "inspect" -d 'Show details of pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "start" -d 'Start pods: the infra process, then every container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "stop" -d 'Stop pods: every container, then the infra process'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "restart" -d 'Restart pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "kill" -d 'Send a signal to every running container of pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "rm" -d 'Remove pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "exists" -d 'Exit 0 if a pod exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "prune" -d 'Remove every pod that has nothing running'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "create" -d 'Create a network (a bridge in the user\'s networks\' namespace)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "ls" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "inspect" -d 'Show details of networks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "rm" -d 'Remove networks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "prune" -d 'Remove every network no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "exists" -d 'Exit 0 if a network exists, 1 if not'
