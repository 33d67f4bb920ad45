//! Random container ids and docker-style names ("brave_turing").

use std::io::Read;

/// 64 hex characters from the kernel's random source.
pub fn random_id() -> String {
    let mut bytes = [0u8; 32];
    let filled = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes)).is_ok();
    if !filled {
        // getrandom(2) via /dev/urandom cannot really fail on Linux; fall back
        // to time and pid so that we never hand out a constant id.
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
            ^ (std::process::id() as u128) << 64;
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = (seed >> ((i % 16) * 8)) as u8 ^ i as u8;
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

const ADJECTIVES: &[&str] = &[
    "admiring", "agitated", "amazing", "awesome", "blissful", "bold", "brave", "busy", "charming",
    "clever", "cool", "dazzling", "determined", "eager", "ecstatic", "elegant", "epic", "festive",
    "focused", "friendly", "frosty", "gallant", "gifted", "goofy", "gracious", "happy", "hopeful",
    "infallible", "inspiring", "jolly", "keen", "kind", "laughing", "loving", "lucid", "magical",
    "modest", "musing", "mystifying", "nice", "nifty", "nostalgic", "objective", "optimistic",
    "peaceful", "pensive", "practical", "priceless", "quirky", "quizzical", "relaxed", "reverent",
    "romantic", "serene", "sharp", "silly", "sleepy", "stoic", "sweet", "tender", "trusting",
    "upbeat", "vibrant", "vigilant", "wizardly", "wonderful", "youthful", "zealous", "zen",
];

const NAMES: &[&str] = &[
    "agnesi", "albattani", "allen", "archimedes", "babbage", "bardeen", "bell", "bhabha", "booth",
    "borg", "bose", "brattain", "carson", "cerf", "curie", "darwin", "diffie", "dijkstra", "einstein",
    "elion", "euclid", "euler", "fermat", "fermi", "feynman", "franklin", "galileo", "gauss",
    "goldberg", "goodall", "hamilton", "hawking", "heisenberg", "hodgkin", "hopper", "hypatia",
    "jackson", "jennings", "kepler", "knuth", "lamport", "leakey", "lovelace", "mcclintock",
    "meitner", "mendel", "morse", "newton", "nobel", "noether", "pare", "pascal", "payne", "perlman",
    "pike", "poincare", "ritchie", "rosalind", "shannon", "shockley", "sinoussi", "stonebraker",
    "swartz", "tesla", "thompson", "torvalds", "turing", "volhard", "wescoff", "wilson", "wozniak",
    "wright", "yalow", "yonath",
];

/// A random "adjective_name" from the id's entropy.
pub fn random_name(id: &str) -> String {
    let n = u64::from_str_radix(&id[..16], 16).unwrap_or(0);
    let a = ADJECTIVES[(n % ADJECTIVES.len() as u64) as usize];
    let b = NAMES[((n >> 32) % NAMES.len() as u64) as usize];
    format!("{a}_{b}")
}

/// Docker's rule for container names: `[a-zA-Z0-9][a-zA-Z0-9_.-]*`.
pub fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-')
}

/// The longest name skiff takes. Every name is a file name in the store
/// (a network's with ".json" after it), and file names have at most 255
/// bytes; past that the file system's error would be all a user saw.
pub const MAX_NAME_LEN: usize = 250;

/// A name a `what` (container, pod, volume, network) may have: docker's
/// characters, and no longer than [`MAX_NAME_LEN`].
pub fn check_name(what: &str, name: &str) -> crate::error::Result<()> {
    if !valid_name(name) {
        return Err(crate::err!("invalid {what} name {name:?}: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*"));
    }
    if name.len() > MAX_NAME_LEN {
        return Err(crate::err!("invalid {what} name: it is {} characters long, names may have at most {MAX_NAME_LEN}", name.len()));
    }
    Ok(())
}

/// A name reserved as a symlink NAME -> ID in `dir` (for containers and
/// pods): making the link is atomic, so two processes never get one name.
/// A link whose id `gone` says no longer exists was left by a process that
/// died half-way and is taken over; a live one is an error from `in_use`
/// (given the name and the id that holds it).
pub fn reserve_link(
    dir: &std::path::Path,
    name: &str,
    id: &str,
    gone: &dyn Fn(&str) -> bool,
    in_use: &dyn Fn(&str, &str) -> crate::error::Error,
) -> crate::error::Result<()> {
    let link = dir.join(name);
    match std::os::unix::fs::symlink(id, &link) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let old = read_holder(&link);
            if old.is_empty() || !gone(&old) {
                return Err(in_use(name, &old));
            }
            // Taking over an abandoned name is remove-then-link, which is not
            // atomic: two processes that both judged it abandoned could each
            // remove the other's fresh link. They take turns here, and each
            // looks again under the lock (rare path: fresh names never get
            // here, so creating a container takes no lock).
            let _turn = crate::storage::lock::exclusive(&dir.with_extension("lock"))?;
            loop {
                let holder = read_holder(&link);
                if !holder.is_empty() && !gone(&holder) {
                    return Err(in_use(name, &holder));
                }
                if !holder.is_empty() {
                    let _ = std::fs::remove_file(&link);
                }
                match std::os::unix::fs::symlink(id, &link) {
                    Ok(()) => return Ok(()),
                    // Taken in between by a process on the fast path: judge
                    // the new holder.
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                    Err(e) => return Err(crate::err!("reserve the name {name}: {e}")),
                }
            }
        }
        Err(e) => Err(crate::err!("reserve the name {name}: {e}")),
    }
}

/// The id a name link points at, "" when there is none.
fn read_holder(link: &std::path::Path) -> String {
    std::fs::read_link(link).map(|o| o.to_string_lossy().into_owned()).unwrap_or_default()
}

/// The name for a new `what` (container, pod) with `id`: `requested`,
/// checked, or else a random free one; `reserve` takes it.
pub fn pick_name(
    what: &str,
    requested: Option<&str>,
    id: &str,
    reserve: impl Fn(&str) -> crate::error::Result<()>,
) -> crate::error::Result<String> {
    if let Some(name) = requested {
        check_name(what, name)?;
        reserve(name)?;
        return Ok(name.to_string());
    }
    let base = random_name(id);
    let mut attempt = 0;
    loop {
        let candidate = if attempt == 0 { base.clone() } else { format!("{base}_{attempt}") };
        match reserve(&candidate) {
            Ok(()) => return Ok(candidate),
            Err(_) if attempt < 100 => attempt += 1,
            Err(e) => return Err(e),
        }
    }
}
