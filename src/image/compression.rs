//! Layer and archive compression, recognised by magic bytes rather than by
//! file name or media type (both are often wrong).

use crate::error::Result;
use std::cell::Cell;
use std::io::{BufRead, Cursor, Read};
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b];
const ZSTD_MAGIC: &[u8] = &[0x28, 0xb5, 0x2f, 0xfd];
const XZ_MAGIC: &[u8] = &[0xfd, b'7', b'z', b'X', b'Z', 0x00];
const BZIP2_MAGIC: &[u8] = b"BZh";
const MAGIC_LEN: usize = 6;

impl Compression {
    pub fn detect(magic: &[u8]) -> Result<Compression> {
        if magic.starts_with(GZIP_MAGIC) {
            Ok(Compression::Gzip)
        } else if magic.starts_with(ZSTD_MAGIC) {
            Ok(Compression::Zstd)
        } else if magic.starts_with(XZ_MAGIC) {
            Err(crate::err!("xz compression is not supported (use gzip, zstd or none)"))
        } else if magic.starts_with(BZIP2_MAGIC) {
            Err(crate::err!("bzip2 compression is not supported (use gzip, zstd or none)"))
        } else {
            Ok(Compression::None)
        }
    }

    /// The OCI media type of a layer blob compressed this way.
    pub fn layer_media_type(self) -> &'static str {
        match self {
            Compression::None => "application/vnd.oci.image.layer.v1.tar",
            Compression::Gzip => "application/vnd.oci.image.layer.v1.tar+gzip",
            Compression::Zstd => "application/vnd.oci.image.layer.v1.tar+zstd",
        }
    }
}

/// How many times its compressed size a stream may expand to, beyond
/// [`EXPANSION_FLOOR`]: real layers expand 2 to 10 times; a decompression
/// bomb (a few KiB of gzip or zstd that fill the disk) far more.
const DEFAULT_MAX_EXPANSION: u64 = 100;
/// Every stream may expand to this many times [`DEFAULT_MAX_EXPANSION`]
/// (the ratio set) whatever its compressed size: 100 × 10 MiB = 1 GiB by
/// default, so small layers holding large empty files still unpack.
const EXPANSION_FLOOR: u64 = 10 << 20;
/// The environment variable that sets the ratio (0: no limit).
pub const MAX_EXPANSION_VARIABLE: &str = "SKIFF_MAX_LAYER_EXPANSION";

/// Look at the first bytes of `reader` and return a reader of the
/// uncompressed stream. The decoders read straight from `reader`'s buffer,
/// and nothing is buffered beyond their own state. A compressed stream
/// that expands more than the limit (see [`DEFAULT_MAX_EXPANSION`]) fails
/// with an error saying so.
pub fn decompress<'a, R: BufRead + 'a>(reader: R) -> Result<(Compression, Box<dyn Read + 'a>)> {
    decompress_bounded(reader, max_expansion()?)
}

/// [`decompress`] with this expansion ratio (0: no limit).
fn decompress_bounded<'a, R: BufRead + 'a>(mut reader: R, ratio: u64) -> Result<(Compression, Box<dyn Read + 'a>)> {
    let buffered = reader.fill_buf()?;
    if buffered.len() >= MAGIC_LEN || buffered.is_empty() {
        // The usual case: the magic bytes are in the buffer already.
        let compression = Compression::detect(buffered)?;
        return bounded(compression, reader, ratio);
    }
    let mut magic = Vec::with_capacity(MAGIC_LEN);
    (&mut reader).take(MAGIC_LEN as u64).read_to_end(&mut magic)?;
    let compression = Compression::detect(&magic)?;
    bounded(compression, Cursor::new(magic).chain(reader), ratio)
}

/// A reader of `whole` decompressed as `compression` says, bounded (see
/// [`Bounded`]) by what is read of `whole`.
fn bounded<'a, R: BufRead + 'a>(compression: Compression, whole: R, ratio: u64) -> Result<(Compression, Box<dyn Read + 'a>)> {
    let consumed = Rc::new(Cell::new(0));
    let whole = Counting { inner: whole, count: consumed.clone() };
    let decoded: Box<dyn Read + 'a> = match compression {
        Compression::None => return Ok((compression, Box::new(whole.inner))),
        Compression::Gzip => Box::new(flate2::bufread::MultiGzDecoder::new(whole)),
        Compression::Zstd => Box::new(zstd::stream::read::Decoder::with_buffer(whole)?),
    };
    if ratio == 0 {
        return Ok((compression, decoded));
    }
    Ok((compression, Box::new(Bounded { inner: decoded, consumed, produced: 0, ratio })))
}

/// The ratio from [`MAX_EXPANSION_VARIABLE`], or the default.
fn max_expansion() -> Result<u64> {
    match std::env::var(MAX_EXPANSION_VARIABLE) {
        Ok(value) => value.trim().parse().map_err(|_| {
            crate::err!("{MAX_EXPANSION_VARIABLE}={value:?}: expected a whole number (how many times its compressed size a layer may expand; 0 for no limit)")
        }),
        Err(_) => Ok(DEFAULT_MAX_EXPANSION),
    }
}

/// Counts the bytes read (or consumed from its buffer) through it.
struct Counting<R> {
    inner: R,
    count: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counting<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, amount: usize) {
        self.inner.consume(amount);
        self.count.set(self.count.get() + amount as u64);
    }
}

/// A decoder's output, failing once it exceeds `ratio` times the input
/// consumed so far (or the floor). The decoders read ahead, so the input
/// counted is if anything more than what produced the output: the check
/// errs on the side of letting data through.
struct Bounded<'a> {
    inner: Box<dyn Read + 'a>,
    consumed: Rc<Cell<u64>>,
    produced: u64,
    ratio: u64,
}

impl Read for Bounded<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.produced += n as u64;
        let allowed = self.consumed.get().max(EXPANSION_FLOOR).saturating_mul(self.ratio);
        if self.produced > allowed {
            return Err(std::io::Error::other(format!(
                "compressed data expands more than {} times (over {} MiB): refused as a decompression bomb ({MAX_EXPANSION_VARIABLE} sets the ratio, 0 for no limit)",
                self.ratio,
                allowed >> 20
            )));
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn roundtrip(data: &[u8]) -> (Compression, Vec<u8>) {
        let (c, mut r) = decompress(data).unwrap();
        let mut out = Vec::new();
        r.read_to_end(&mut out).unwrap();
        (c, out)
    }

    #[test]
    fn detects_by_magic() {
        let plain = b"hello world, not compressed".to_vec();
        assert_eq!(roundtrip(&plain), (Compression::None, plain.clone()));

        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&plain).unwrap();
        assert_eq!(roundtrip(&gz.finish().unwrap()), (Compression::Gzip, plain.clone()));

        let zst = zstd::encode_all(&plain[..], 1).unwrap();
        assert_eq!(roundtrip(&zst), (Compression::Zstd, plain.clone()));

        assert_eq!(roundtrip(b"ab"), (Compression::None, b"ab".to_vec()));
        assert!(Compression::detect(&[0xfd, b'7', b'z', b'X', b'Z', 0]).is_err());
    }

    #[test]
    fn a_bomb_stops_at_the_limit() {
        // 12 MiB of zeros: 12 KiB of gzip, over 1 × the 10 MiB floor.
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&vec![0u8; 12 << 20]).unwrap();
        let bomb = gz.finish().unwrap();
        let (_, mut r) = decompress_bounded(&bomb[..], 1).unwrap();
        let err = std::io::copy(&mut r, &mut std::io::sink()).unwrap_err();
        assert!(err.to_string().contains("decompression bomb"), "{err}");
        // The same with room to spare, and with no limit.
        for ratio in [2, 0] {
            let (_, mut r) = decompress_bounded(&bomb[..], ratio).unwrap();
            assert_eq!(std::io::copy(&mut r, &mut std::io::sink()).unwrap(), 12 << 20);
        }
    }
}
