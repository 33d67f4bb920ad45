# Shared set-up of the benchmark scripts (sourced): a private work
# directory with both engines' stores for the unprivileged user, skiff
# installed where that user can run it, the busybox rootfs, and helpers.
# Expects USER_NAME to be set; sets work, SKIFF_BIN and the functions
# as_user, probe, median and ms.
[ "$(id -u)" = 0 ] || { echo "run as root: sudo $0" >&2; exit 1; }
for p in /usr/bin /usr/sbin /bin /sbin; do [[ ":$PATH:" == *":$p:"* ]] || PATH=$PATH:$p; done
export PATH
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install time" >&2; exit 1; }
# Creates $USER_NAME if missing, and redoes what a reboot undoes (cgroups).
echo "[bench] scripts/prepare-host"
scripts/prepare-host >/dev/null

if [ -z "${SKIFF_BIN:-}" ]; then
    SKIFF_BIN=target/release/skiff
    if [ ! -x "$SKIFF_BIN" ]; then
        if ! command -v cargo >/dev/null; then PATH=$HOME/.cargo/bin:/root/.cargo/bin:$PATH; fi
        cargo build --release --locked
    fi
fi

work=$(mktemp -d /tmp/skiff-bench.XXXXXX)
cleanup() {
    # Rootless podman leaves a pause process behind for its runtime directory.
    local pause=$work/run/libpod/tmp/pause.pid
    if [ -s "$pause" ]; then kill "$(cat "$pause")" 2>/dev/null || true; fi
    # skiff's user-namespace keeper may still hold the file systems for a
    # moment: detach them.
    for fs in "$work/run" "$work/data"; do
        if mountpoint -q "$fs"; then umount -l "$fs" 2>/dev/null || true; fi
    done
    rm -rf "$work"
}
trap cleanup EXIT
chmod 0755 "$work"
mkdir -p "$work/bin" "$work/home/.config/containers" "$work/data" "$work/run" "$work/meas"
# The stores on a fresh ext4 with a journal, and XDG_RUNTIME_DIR on a
# tmpfs, as a logged-in user has them (a home on a journaled file system,
# /run/user/UID). This host's root file system has no journal: ext4 then
# checks each inode it hands out against recent deletions
# (recently_deleted()), so every container removed slows down the files
# the next run creates, whichever engine removed it (podman's runs remove
# many). BENCH_LOOPFS=0 keeps both on the root file system.
if [ "${BENCH_LOOPFS:-1}" = 1 ]; then
    truncate -s 4G "$work/data.img"
    mkfs.ext4 -q -F "$work/data.img"
    mount -o loop "$work/data.img" "$work/data"
    rm -f "$work/data.img" # the loop device keeps it
    mount -t tmpfs -o mode=0700,size=1g tmpfs "$work/run"
fi
install -m 0755 "$SKIFF_BIN" "$work/bin/skiff"
printf '[storage]\ndriver = "overlay"\n' >"$work/home/.config/containers/storage.conf"
chown -R "$USER_NAME:$USER_NAME" "$work/home" "$work/data" "$work/run" "$work/meas"
chmod 0700 "$work/run"
scripts/make-busybox-rootfs "$work/busybox-rootfs.tar"
chmod 0644 "$work/busybox-rootfs.tar"

# Sets user_cmd to the command line that runs "$@" as the user, in the
# benchmark's environment (for a wrapper that must stay root, e.g. perf).
user_command() {
    user_cmd=(setpriv --reuid="$USER_NAME" --regid="$USER_NAME" --init-groups --
        env -i PATH="$work/bin:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin" HOME="$work/home"
        USER="$USER_NAME" LOGNAME="$USER_NAME" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run" "$@")
}
as_user() {
    user_command "$@"
    (cd "$work/home" && "${user_cmd[@]}")
}

# Run once as the user, to see that it works.
probe() { as_user "$@" >/dev/null 2>"$work/err"; }

median() { sort -g | awk '{v[NR]=$1} END {if (NR==0) {print "nan"; exit} if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
ms() { awk -v us="$1" 'BEGIN {printf "%.2f", us/1000}'; }

# One line on how much of scripts/hot-functions.txt the binary $1 has,
# counted as scripts/link-ordered resolves the list at the link
# (scripts/lib/hot-functions.awk). What is still missing is code that
# changed or was inlined since scripts/order-functions made the list;
# well below the whole list, rerun it.
hot_function_coverage() {
    local list=scripts/hot-functions.txt found listed
    [ -s "$list" ] && command -v nm >/dev/null && nm "$1" >"$work/symbols" 2>/dev/null || return 0
    read -r found listed < <(awk -v symbols="$work/symbols" -v count=1 -f scripts/lib/hot-functions.awk "$work/symbols" "$list")
    printf 'hot functions: %d of the %d that %s names are in this binary' "$found" "$listed" "$list"
    if ((found * 100 < listed * 95)); then printf ' (stale: run scripts/order-functions and rebuild)'; fi
    printf '\n'
}


# Import the busybox rootfs as $IMAGE into skiff's and podman's stores and
# check that each runs `ENGINE "$@"`; sets `engines` to those that work.
setup_engines() {
    engines=()
    echo "[bench] importing the busybox rootfs as $IMAGE"
    if as_user skiff import "$work/busybox-rootfs.tar" "$IMAGE" >"$work/out" 2>&1 && probe skiff "$@"; then
        engines+=(skiff)
    else
        echo "[bench] skiff does not work here; its output:" >&2
        cat "$work/out" "$work/err" >&2 2>/dev/null || true
    fi
    if command -v podman >/dev/null; then
        if as_user podman import "$work/busybox-rootfs.tar" "$IMAGE" >"$work/out" 2>&1 && probe podman "$@"; then
            engines+=(podman)
        else
            echo "[bench] podman does not work here; its output:" >&2
            cat "$work/out" "$work/err" >&2 2>/dev/null || true
        fi
    else
        echo "[bench] podman is not installed: timing skiff alone"
    fi
    [ ${#engines[@]} -gt 0 ] || { echo "[bench] nothing to time" >&2; exit 1; }
}
