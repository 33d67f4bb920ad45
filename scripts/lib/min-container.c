// The least a container start must do, as an unprivileged user: a user,
// mount and pid namespace (what `unshare -Urmpf` makes), an overlay of
// the image's layers with a fresh upper directory, /proc, pivot_root into
// it, exec the command; then, after it exits, remove the upper directory.
// No records, no /etc files, no seccomp or capabilities: a floor, not an
// engine (scripts/bench-floor).
//
// With --confined, the kernel's part of skiff's own confinement for `run
// --network none` besides: network, IPC and UTS namespaces too, the
// overlay mounted as skiff mounts it (userxattr, volatile), a /dev of six
// device nodes, devpts, shm and mqueue, a read-only /sys, /etc/hosts,
// resolv.conf, hostname, /run/.containerenv and /.dockerenv bound from
// files written for it, the masked paths (an empty read-only tmpfs on a
// directory, /dev/null on a file) and the read-only ones of /proc, and
// the hostname: the same 31 mounts. Still no records, seccomp or
// capabilities (a few system calls each).
//
// Usage: min-container [--confined] LOWERDIR SCRATCH COMMAND...
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void die(const char *what) { perror(what); exit(125); }

static void write_file(const char *path, const char *text) {
    int fd = open(path, O_WRONLY);
    if (fd < 0 || write(fd, text, strlen(text)) < 0) die(path);
    close(fd);
}

static void in_root(const char *what, const char *source, const char *target, const char *type, unsigned long flags, const char *data) {
    if (mount(source, target, type, flags, data)) die(what);
}

// A file to bind a device or a file onto.
static void touch(const char *path) {
    int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) die(path);
    close(fd);
}

// skiff's confinement beyond min-container's, inside the new root (the
// working directory); `scratch` holds the /etc files.
static void confine(const char *scratch) {
    in_root("mount /dev", "tmpfs", "dev", "tmpfs", MS_NOSUID | MS_NOEXEC, "mode=755,size=65536k");
    const char *devices[] = {"null", "zero", "full", "random", "urandom", "tty"};
    for (int i = 0; i < 6; i++) {
        char host[64], here[64];
        snprintf(host, sizeof host, "/dev/%s", devices[i]);
        snprintf(here, sizeof here, "dev/%s", devices[i]);
        touch(here);
        in_root(here, host, here, NULL, MS_BIND, NULL);
    }
    if (mkdir("dev/pts", 0755) || mkdir("dev/shm", 0755) || mkdir("dev/mqueue", 0755)) die("mkdir in /dev");
    in_root("mount devpts", "devpts", "dev/pts", "devpts", MS_NOSUID | MS_NOEXEC, "newinstance,ptmxmode=0666,mode=0620");
    in_root("mount shm", "shm", "dev/shm", "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, "mode=1777,size=67108864");
    in_root("mount mqueue", "mqueue", "dev/mqueue", "mqueue", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
    in_root("mount sysfs", "sysfs", "sys", "sysfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
    const char *files[][2] = {{"hosts", "etc/hosts"}, {"resolv.conf", "etc/resolv.conf"}, {"hostname", "etc/hostname"},
                              {"containerenv", "run/.containerenv"}, {"dockerenv", ".dockerenv"}};
    for (int i = 0; i < 5; i++) {
        char source[4200];
        snprintf(source, sizeof source, "%s/%s", scratch, files[i][0]);
        in_root(files[i][1], source, files[i][1], NULL, MS_BIND, NULL);
    }
    // Masked where they exist, as skiff (and podman) do.
    const char *masked[] = {"proc/acpi", "proc/kcore", "proc/keys", "proc/latency_stats", "proc/timer_list",
                            "proc/timer_stats", "proc/sched_debug", "proc/scsi", "sys/firmware"};
    for (int i = 0; i < 9; i++) {
        struct stat st;
        if (lstat(masked[i], &st)) continue;
        if (S_ISDIR(st.st_mode)) in_root(masked[i], "tmpfs", masked[i], "tmpfs", MS_RDONLY, "size=0k,mode=755");
        else in_root(masked[i], "/dev/null", masked[i], NULL, MS_BIND, NULL);
    }
    const char *read_only[] = {"proc/bus", "proc/fs", "proc/irq", "proc/sys", "proc/sysrq-trigger"};
    for (int i = 0; i < 5; i++) {
        if (access(read_only[i], F_OK)) continue;
        in_root(read_only[i], read_only[i], read_only[i], NULL, MS_BIND | MS_REC, NULL);
        in_root(read_only[i], NULL, read_only[i], NULL, MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_REMOUNT | MS_BIND, NULL);
    }
    if (sethostname("floor", 5)) die("sethostname");
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

int main(int argc, char **argv) {
    int confined = argc > 1 && strcmp(argv[1], "--confined") == 0;
    if (confined) { argv++; argc--; }
    if (argc < 4) { fprintf(stderr, "usage: %s [--confined] LOWERDIR SCRATCH COMMAND...\n", argv[0]); return 2; }
    const char *lower = argv[1], *scratch = argv[2];
    char upper[4096], work[4096], merged[4096], options[12288], proc[4200];
    snprintf(upper, sizeof upper, "%s/upper", scratch);
    snprintf(work, sizeof work, "%s/work", scratch);
    snprintf(merged, sizeof merged, "%s/merged", scratch);
    uid_t uid = getuid(); gid_t gid = getgid();
    if (mkdir(scratch, 0700) || mkdir(upper, 0755) || mkdir(work, 0700) || mkdir(merged, 0755)) die("mkdir");
    if (confined) {
        const char *files[][2] = {{"hosts", "127.0.0.1 localhost\n::1 localhost\n"}, {"resolv.conf", ""}, {"hostname", "floor\n"},
                                  {"containerenv", ""}, {"dockerenv", ""}};
        for (int i = 0; i < 5; i++) {
            char path[4200];
            snprintf(path, sizeof path, "%s/%s", scratch, files[i][0]);
            touch(path);
            write_file(path, files[i][1]);
        }
    }
    if (unshare(CLONE_NEWUSER | CLONE_NEWPID)) die("unshare");
    char map[64];
    write_file("/proc/self/setgroups", "deny");
    snprintf(map, sizeof map, "0 %u 1", uid); write_file("/proc/self/uid_map", map);
    snprintf(map, sizeof map, "0 %u 1", gid); write_file("/proc/self/gid_map", map);
    pid_t child = fork();
    if (child < 0) die("fork");
    if (child == 0) {
        // A mount namespace of the child's own: pivot_root moves the root
        // of every process of the namespace, and the parent must keep its.
        int others = confined ? CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS : 0;
        if (unshare(CLONE_NEWNS | others)) die("unshare the mount namespace");
        if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL)) die("make / private");
        snprintf(options, sizeof options, "lowerdir=%s,upperdir=%s,workdir=%s%s", lower, upper, work, confined ? ",userxattr,volatile" : "");
        if (mount("overlay", merged, "overlay", 0, options)) die("mount overlay");
        snprintf(proc, sizeof proc, "%s/proc", merged);
        if (mount("proc", proc, "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL)) die("mount proc");
        if (chdir(merged)) die("chdir");
        if (confined) confine(scratch);
        if (syscall(SYS_pivot_root, ".", ".") || umount2(".", MNT_DETACH) || chdir("/")) die("pivot_root");
        execvp(argv[3], argv + 3);
        die("exec");
    }
    int status = 0;
    if (waitpid(child, &status, 0) < 0) die("wait");
    // The upper and work directories are the user's own: removed from
    // outside, as an engine does after the container's end.
    nftw(scratch, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
