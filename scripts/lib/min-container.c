// The least a container start must do, as an unprivileged user: a user,
// mount and pid namespace (what `unshare -Urmpf` makes), an overlay of
// the image's layers with a fresh upper directory, /proc, pivot_root into
// it, exec the command; then, after it exits, remove the upper directory.
// No records, no /etc files, no seccomp or capabilities: a floor, not an
// engine (scripts/bench-floor). Usage: min-container LOWERDIR SCRATCH COMMAND...
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

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: %s LOWERDIR SCRATCH COMMAND...\n", argv[0]); return 2; }
    const char *lower = argv[1], *scratch = argv[2];
    char upper[4096], work[4096], merged[4096], options[12288], proc[4200];
    snprintf(upper, sizeof upper, "%s/upper", scratch);
    snprintf(work, sizeof work, "%s/work", scratch);
    snprintf(merged, sizeof merged, "%s/merged", scratch);
    uid_t uid = getuid(); gid_t gid = getgid();
    if (mkdir(scratch, 0700) || mkdir(upper, 0755) || mkdir(work, 0700) || mkdir(merged, 0755)) die("mkdir");
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
        if (unshare(CLONE_NEWNS)) die("unshare the mount namespace");
        if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL)) die("make / private");
        snprintf(options, sizeof options, "lowerdir=%s,upperdir=%s,workdir=%s", lower, upper, work);
        if (mount("overlay", merged, "overlay", 0, options)) die("mount overlay");
        snprintf(proc, sizeof proc, "%s/proc", merged);
        if (mount("proc", proc, "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL)) die("mount proc");
        if (chdir(merged) || syscall(SYS_pivot_root, ".", ".") || umount2(".", MNT_DETACH) || chdir("/")) die("pivot_root");
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
