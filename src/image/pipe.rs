//! A bounded in-memory pipe between two threads, in large chunks: it lets
//! one thread download, hash and decompress a layer while another writes
//! its files, so a single big layer keeps two cores busy.

use std::io::{self, Read};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

/// Bytes per chunk: few hand-overs, and most files arrive in one write.
const CHUNK_SIZE: usize = 1 << 20;
/// Chunks in flight: the reader may run this far ahead of the writer.
const DEPTH: usize = 4;

/// The sending end: see [`feed`].
pub struct ChunkSender(SyncSender<Vec<u8>>);

/// The receiving end, read like a stream; the end of the stream is when
/// the sender is dropped.
pub struct ChunkReader {
    chunks: Receiver<Vec<u8>>,
    current: Vec<u8>,
    position: usize,
}

pub fn channel() -> (ChunkSender, ChunkReader) {
    let (sender, receiver) = sync_channel(DEPTH);
    (ChunkSender(sender), ChunkReader { chunks: receiver, current: Vec::new(), position: 0 })
}

/// Read all of `source` into the pipe. Stops early, without error, when
/// the reading side has gone away (it failed, or needed no more).
pub fn feed(source: &mut impl Read, sender: ChunkSender) -> io::Result<()> {
    loop {
        let mut chunk = vec![0; CHUNK_SIZE];
        let mut filled = 0;
        while filled < CHUNK_SIZE {
            match source.read(&mut chunk[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        if filled == 0 {
            return Ok(());
        }
        chunk.truncate(filled);
        if sender.0.send(chunk).is_err() {
            return Ok(());
        }
    }
}

impl Read for ChunkReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.position == self.current.len() {
            match self.chunks.recv() {
                Ok(chunk) => (self.current, self.position) = (chunk, 0),
                Err(_) => return Ok(0),
            }
        }
        let n = buf.len().min(self.current.len() - self.position);
        buf[..n].copy_from_slice(&self.current[self.position..self.position + n]);
        self.position += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carries_everything_in_order_and_stops_when_the_reader_leaves() {
        let data: Vec<u8> = (0..3 * CHUNK_SIZE + 5).map(|i| (i % 251) as u8).collect();
        let (sender, mut reader) = channel();
        let received = std::thread::scope(|scope| {
            let reading = scope.spawn(move || {
                let mut out = Vec::new();
                reader.read_to_end(&mut out).map(|_| out)
            });
            feed(&mut &data[..], sender).unwrap();
            reading.join().unwrap().unwrap()
        });
        assert!(received == data);

        let (sender, reader) = channel();
        drop(reader);
        feed(&mut &data[..], sender).unwrap();
    }
}
