//! Layer and archive compression, recognised by magic bytes rather than by
//! file name or media type (both are often wrong).

use crate::error::Result;
use std::io::{Cursor, Read};

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

/// Look at the first bytes of `reader` and return a reader of the
/// uncompressed stream. Nothing is buffered beyond the decoders' own buffers.
pub fn decompress<'a, R: Read + 'a>(mut reader: R) -> Result<(Compression, Box<dyn Read + 'a>)> {
    let mut magic = Vec::with_capacity(MAGIC_LEN);
    (&mut reader).take(MAGIC_LEN as u64).read_to_end(&mut magic)?;
    let compression = Compression::detect(&magic)?;
    let whole = Cursor::new(magic).chain(reader);
    let decoded: Box<dyn Read + 'a> = match compression {
        Compression::None => Box::new(whole),
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(whole)),
        Compression::Zstd => Box::new(zstd::stream::read::Decoder::new(whole)?),
    };
    Ok((compression, decoded))
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
}
