//! sha256 content digests, computed while data streams past.

use sha2::{Digest, Sha256};
use std::io::{self, Read, Write};

/// "sha256:<hex>" of a byte string.
pub fn sha256(data: &[u8]) -> String {
    format_digest(Sha256::digest(data).as_slice())
}

fn format_digest(hash: &[u8]) -> String {
    let mut s = String::with_capacity(7 + 64);
    s.push_str("sha256:");
    for b in hash {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// The hex part of a "sha256:<64 hex>" digest, or None when it is not one
/// (the only algorithm skiff stores, and a path component, so it is checked).
pub fn sha256_hex(digest: &str) -> Option<&str> {
    let hex = digest.strip_prefix("sha256:")?;
    (hex.len() == 64 && super::reference::is_hex(hex)).then_some(hex)
}

/// Counts and hashes everything read through it.
pub struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
    count: u64,
}

impl<R: Read> HashingReader<R> {
    pub fn new(inner: R) -> Self {
        HashingReader { inner, hasher: Sha256::new(), count: 0 }
    }

    /// Read the rest of the stream, then return its digest and length.
    pub fn finish(mut self) -> io::Result<(String, u64)> {
        io::copy(&mut self, &mut io::sink())?;
        Ok((format_digest(self.hasher.finalize().as_slice()), self.count))
    }
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.count += n as u64;
        Ok(n)
    }
}

/// Hashes everything written through it.
pub struct HashingWriter<W> {
    inner: W,
    hasher: Sha256,
    count: u64,
}

impl<W: Write> HashingWriter<W> {
    pub fn new(inner: W) -> Self {
        HashingWriter { inner, hasher: Sha256::new(), count: 0 }
    }

    /// The digest and length of what was written, and the writer.
    pub fn finish(self) -> (String, u64, W) {
        (format_digest(self.hasher.finalize().as_slice()), self.count, self.inner)
    }
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.count += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_match_known_values() {
        let empty = "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        assert_eq!(sha256(b""), empty);
        let (d, n) = HashingReader::new(&b"abc"[..]).finish().unwrap();
        assert_eq!(d, sha256(b"abc"));
        assert_eq!(n, 3);
        assert_eq!(sha256_hex(empty), Some(&empty[7..]));
        assert_eq!(sha256_hex("sha256:../../etc"), None);
    }
}
