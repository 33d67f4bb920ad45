//! One table of overlay semantics, run through the real binary inside
//! containers on every storage driver: the kernel's overlay, skiff's own
//! FUSE overlay, fuse-overlayfs and copy. Each case prints `name=value`
//! from inside the container; the table says what every driver must show
//! (and, where drivers truly differ, what each one shows).

use crate::common;
use common::*;
use std::collections::BTreeMap;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::sync::OnceLock;

/// What busybox cannot do: O_TMPFILE, a shared writable mmap, extended
/// attributes and a unix socket, each printing one `name=value` line.
const HELPER: &str = r#"
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>

static int tmpfile_case(const char *dir) {
    int fd = open(dir, O_TMPFILE | O_RDWR, 0600);
    if (fd < 0) { printf("tmpfile=unsupported-%s\n", errno == EOPNOTSUPP ? "EOPNOTSUPP" : strerror(errno)); return 0; }
    if (write(fd, "tmp", 3) != 3) { printf("tmpfile=write-failed\n"); return 0; }
    char proc[64], target[256], buf[8] = {0};
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
    snprintf(target, sizeof target, "%s/linked", dir);
    if (linkat(AT_FDCWD, proc, AT_FDCWD, target, AT_SYMLINK_FOLLOW) != 0) { printf("tmpfile=link-%s\n", strerror(errno)); return 0; }
    int back = open(target, O_RDONLY);
    read(back, buf, 3);
    printf("tmpfile=%s\n", strcmp(buf, "tmp") == 0 ? "linked" : "wrong-content");
    return 0;
}

static int mmap_case(const char *path) {
    int fd = open(path, O_RDWR);
    if (fd < 0) { printf("mmap=open-%s\n", strerror(errno)); return 0; }
    char *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) { printf("mmap=map-%s\n", strerror(errno)); return 0; }
    memcpy(p, "MMAP", 4);
    msync(p, 4096, MS_SYNC);
    munmap(p, 4096);
    close(fd);
    char buf[5] = {0};
    fd = open(path, O_RDONLY);
    read(fd, buf, 4);
    printf("mmap=%s\n", buf);
    return 0;
}

static int xattr_case(const char *path) {
    if (setxattr(path, "user.skiff", "v1", 2, 0) != 0) { printf("xattr=set-%s\n", strerror(errno)); return 0; }
    char value[16] = {0}, names[1024] = {0};
    getxattr(path, "user.skiff", value, sizeof value - 1);
    ssize_t n = listxattr(path, names, sizeof names);
    int overlay_shown = 0;
    for (char *name = names; name < names + n; name += strlen(name) + 1)
        if (strstr(name, "overlay")) overlay_shown = 1;
    printf("xattr=%s%s\n", value, overlay_shown ? "+overlay-names-shown" : "");
    return 0;
}

static int socket_case(const char *path) {
    struct sockaddr_un addr = {.sun_family = AF_UNIX};
    strncpy(addr.sun_path, path, sizeof addr.sun_path - 1);
    int server = socket(AF_UNIX, SOCK_STREAM, 0);
    if (bind(server, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(server, 1) != 0) { printf("socket=bind-%s\n", strerror(errno)); return 0; }
    if (fork() == 0) {
        int client = socket(AF_UNIX, SOCK_STREAM, 0);
        if (connect(client, (struct sockaddr *)&addr, sizeof addr) == 0) write(client, "ping", 4);
        _exit(0);
    }
    int conn = accept(server, NULL, NULL);
    char buf[5] = {0};
    read(conn, buf, 4);
    wait(NULL);
    struct stat st;
    lstat(path, &st);
    printf("socket=%s%s\n", buf, S_ISSOCK(st.st_mode) ? "" : "-not-a-socket");
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 3) return 2;
    if (!strcmp(argv[1], "tmpfile")) return tmpfile_case(argv[2]);
    if (!strcmp(argv[1], "mmap")) return mmap_case(argv[2]);
    if (!strcmp(argv[1], "xattr")) return xattr_case(argv[2]);
    if (!strcmp(argv[1], "socket")) return socket_case(argv[2]);
    return 2;
}
"#;

/// Cases run in the layered image (see common::layered_archive: layer 2
/// deletes /data/gone and makes /opq opaque).
const LAYERED_SCRIPT: &str = r#"
say() { echo "$1=$2"; }
say image_whiteout "$(ls /data | tr '\n' ' ')"
say image_opaque "$(ls /opq | tr '\n' ' ')"
rm /data/keep
say delete_lower_file "$(ls -A /data | wc -l)"
echo again > /data/keep
say recreate_deleted_file "$(cat /data/keep)"
rm -rf /opq && mkdir /opq
say recreated_dir_is_opaque "$(ls -A /opq | wc -l)"
mkdir /fresh && echo f > /fresh/f && mv /fresh /fresh2
say rename_new_dir "$(cat /fresh2/f 2>&1) $(ls -d /fresh 2>&1 | grep -c 'No such')"
mv /data /data2
say rename_lower_dir "$(cat /data2/keep) $(ls -d /data 2>&1 | grep -c 'No such')"
"#;

/// Cases run in busybox plus the helper, as root in the container.
const HELPER_SCRIPT: &str = r#"
say() { echo "$1=$2"; }
say mmap_lower_file "$(ovl mmap /etc/passwd)"
lines=$(grep -c . /etc/group)
echo extra >> /etc/group
say copy_up_data "$(( $(grep -c . /etc/group) - lines )) $(tail -n 1 /etc/group)"
before=$(md5sum < /etc/passwd)
chmod 640 /etc/passwd
say chmod "$(stat -c %a /etc/passwd) $([ "$(md5sum < /etc/passwd)" = "$before" ] && echo same-content)"
chown 1000:1000 /etc/passwd
say chown "$(stat -c %u:%g /etc/passwd)"
touch -d '2001-02-03 04:05:06' /etc/passwd
say utimes "$(stat -c %Y /etc/passwd)"
say xattr_value "$(ovl xattr /etc/group | cut -d= -f2)"
echo replacement > /etc/new-group && mv /etc/new-group /etc/group
say rename_over_lower_file "$(cat /etc/group)"
ln /home/app/owned /home/app/owned-link
echo linked >> /home/app/owned-link
say hardlink_after_copy_up "$(stat -c %h /home/app/owned) $(tail -n 1 /home/app/owned)"
truncate -s 64M /sparse
say sparse_truncate "$(stat -c %s /sparse) $([ "$(du -k /sparse | cut -f1)" -lt 1024 ] && echo sparse)"
dd if=/dev/zero of=/sparse2 bs=1 count=1 seek=32M 2>/dev/null
say sparse_seek_write "$(stat -c %s /sparse2) $([ "$(du -k /sparse2 | cut -f1)" -lt 1024 ] && echo sparse)"
printf 'abcdefgh' > /mapped
say mmap_new_file "$(ovl mmap /mapped)"
ovl tmpfile /tmp
ovl socket /tmp/sock
mkfifo /tmp/fifo
(echo through-fifo > /tmp/fifo &)
say fifo "$(cat /tmp/fifo) $(stat -c %F /tmp/fifo)"
say symlink "$(ln -s /etc/group /link && readlink /link)"
"#;

/// Permissions are checked as the caller: run as uid 1000 (`--user`).
const USER_SCRIPT: &str = r#"
say() { echo "$1=$2"; }
say unreadable_as_user "$(ls /root 2>&1 | grep -c 'Permission denied')"
say unwritable_as_user "$(sh -c 'echo x >> /etc/group' 2>&1 | grep -c 'Permission denied')"
echo mine > /home/app/new; mkdir /tmp/userdir
say created_as_user "$(stat -c %u:%g /home/app/new) $(stat -c %u:%g /tmp/userdir)"
"#;

/// The expected values, the same on every driver unless a driver is named.
fn expected(driver: &str) -> BTreeMap<&'static str, String> {
    let mut want: BTreeMap<&'static str, String> = [
        ("image_whiteout", "keep "),
        ("image_opaque", "new "),
        ("delete_lower_file", "0"),
        ("recreate_deleted_file", "again"),
        ("recreated_dir_is_opaque", "0"),
        ("rename_new_dir", "f 1"),
        ("rename_lower_dir", "again 1"),
        ("copy_up_data", "1 extra"),
        ("chmod", "640 same-content"),
        ("chown", "1000:1000"),
        ("utimes", "981173106"),
        ("xattr_value", "v1"),
        ("rename_over_lower_file", "replacement"),
        ("hardlink_after_copy_up", "2 linked"),
        ("sparse_truncate", "67108864 sparse"),
        ("sparse_seek_write", "33554433 sparse"),
        ("mmap_new_file", "mmap=MMAP"),
        ("mmap_lower_file", "mmap=MMAP"),
        ("tmpfile", "linked"),
        ("socket", "ping"),
        ("fifo", "through-fifo fifo"),
        ("symlink", "/etc/group"),
        ("unreadable_as_user", "1"),
        ("unwritable_as_user", "1"),
        ("created_as_user", "1000:1000 1000:1000"),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_string()))
    .collect();
    // FUSE passes no O_TMPFILE open to a server without its (6.7+) tmpfile
    // call: the kernel answers EOPNOTSUPP, which is how programs learn to
    // fall back to a named temporary file.
    if driver == "skiff-fuse" || driver == "fuse-overlayfs" {
        want.insert("tmpfile", "unsupported-EOPNOTSUPP".to_string());
    }
    want
}

struct Images {
    store: Store,
}

/// One store and its two images for every driver's run.
fn images() -> &'static Images {
    static IMAGES: OnceLock<Images> = OnceLock::new();
    IMAGES.get_or_init(|| {
        let store = Store::new();
        store.load_layered();
        store.import_static_program("ovl", "ovl", HELPER);
        Images { store }
    })
}

fn parse(output: &str) -> BTreeMap<String, String> {
    output.lines().filter_map(|l| l.split_once('=')).map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

/// Run the table on `driver`; returns the container id of the layered run
/// (kept, so that its upper directory can be looked at).
fn run_table(driver: &str) -> String {
    let images = images();
    let store = &images.store;
    let name = format!("layered-{driver}");
    let out = store.skiff(&["--storage-driver", driver, "run", "--name", &name, "layered", "sh", "-c", LAYERED_SCRIPT]);
    out.ok();
    let mut seen = parse(&out.stdout);
    let out = store.skiff(&["--storage-driver", driver, "run", "--rm", "ovl", "sh", "-c", HELPER_SCRIPT]);
    out.ok();
    seen.extend(parse(&out.stdout));
    let user = store.skiff(&["--storage-driver", driver, "run", "--rm", "--user", "1000:1000", "ovl", "sh", "-c", USER_SCRIPT]);
    user.ok();
    seen.extend(parse(&user.stdout));
    let mut failures = Vec::new();
    for (case, want) in expected(driver) {
        match seen.get(case) {
            Some(got) if got == &want => {}
            Some(got) => failures.push(format!("{case}: expected {want:?}, got {got:?}")),
            None => failures.push(format!("{case}: expected {want:?}, printed nothing")),
        }
    }
    assert!(failures.is_empty(), "driver {driver}: {} cases differ:\n  {}\nstderr: {}", failures.len(), failures.join("\n  "), out.stderr);
    let id = store.skiff(&["inspect", "--format", "{{.Id}}", &name]);
    id.ok();
    id.stdout.trim().to_string()
}

/// The kernel driver's on-disk format: a deleted lower file is a 0/0
/// character device, a recreated directory carries user.overlay.opaque.
fn check_upper_format(driver: &str, id: &str) {
    let upper = images().store.containers_dir().join(id).join("upper");
    let whiteout = std::fs::symlink_metadata(upper.join("data2").join("keep")).ok();
    let deleted = std::fs::symlink_metadata(upper.join("data")).expect("the renamed /data must leave a whiteout");
    assert!(
        deleted.file_type().is_char_device() && deleted.rdev() == 0,
        "{driver}: upper/data must be a 0/0 character device (a whiteout)"
    );
    assert!(whiteout.is_some(), "{driver}: upper/data2/keep must exist (the recreated file)");
    let opq = upper.join("opq");
    let path = std::ffi::CString::new(opq.as_os_str().as_encoded_bytes()).unwrap();
    let mut value = [0u8; 4];
    let n = unsafe { libc::lgetxattr(path.as_ptr(), c"user.overlay.opaque".as_ptr(), value.as_mut_ptr().cast(), value.len()) };
    assert!(n == 1 && value[0] == b'y', "{driver}: upper/opq must carry user.overlay.opaque=y");
}

#[test]
fn kernel_overlay_passes_the_table() {
    let id = run_table("overlay");
    check_upper_format("overlay", &id);
    images().store.skiff(&["rm", &id]).ok();
}

#[test]
fn skiff_fuse_passes_the_table_and_writes_the_kernel_format() {
    let id = run_table("skiff-fuse");
    check_upper_format("skiff-fuse", &id);
    images().store.skiff(&["rm", &id]).ok();
}

#[test]
fn fuse_overlayfs_passes_the_table() {
    assert!(
        std::path::Path::new("/usr/bin/fuse-overlayfs").exists() || which("fuse-overlayfs"),
        "fuse-overlayfs is needed (apt-get install fuse-overlayfs)"
    );
    let id = run_table("fuse-overlayfs");
    images().store.skiff(&["rm", &id]).ok();
}

#[test]
fn copy_passes_the_table() {
    let id = run_table("copy");
    images().store.skiff(&["rm", &id]).ok();
}

fn which(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(program).exists()))
}
