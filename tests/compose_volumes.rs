//! compose's anonymous volumes across a recreate (issue #16): the new
//! container takes over the old one's, as docker compose does, unless
//! `up -V/--renew-anon-volumes` asks for new ones.

use crate::common;
use common::*;

#[test]
fn recreated_containers_keep_their_anonymous_volumes_unless_renewed() {
    require_host();
    let store = Store::new();
    store.import(&fixtures().busybox_rootfs, "withvol", &["VOLUME /cache"]);
    store.write_file(
        "anon/compose.yaml",
        "services:\n  app:\n    image: localhost/withvol\n    command: [\"sleep\", \"1000\"]\n    volumes: [\"/data\"]\n",
    );
    let compose = |args: &str| in_dir(&store, "anon", &format!("skiff compose {args}"));
    compose("up -d").ok();
    compose("exec -T app sh -c 'echo kept > /data/f; echo cached > /cache/f'").ok();
    let volumes = || store.skiff(&["volume", "ls", "-q"]).ok().lines().len();
    assert_eq!(volumes(), 2, "one anonymous volume for -v /data, one for the image's VOLUME");
    // Recreated: the same volumes, the data still there.
    compose("up -d -t 0 --force-recreate").ok();
    compose("exec -T app cat /data/f /cache/f").ok().stdout_is("kept\ncached");
    assert_eq!(volumes(), 2, "a recreate takes the volumes over, it leaves none behind");
    // -V: new, empty ones; the old ones go with the old container.
    compose("up -d -t 0 --force-recreate -V").ok();
    compose("exec -T app sh -c 'ls -A /data; ls -A /cache'").ok().stdout_is("");
    assert_eq!(volumes(), 2, "-V removes the replaced container's anonymous volumes");
    compose("down -v -t 0").ok();
    assert_eq!(volumes(), 0);
    assert_no_processes_left(&store);
}
