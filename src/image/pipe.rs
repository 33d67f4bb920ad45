//! A bounded in-memory pipe between two threads, in large chunks: it lets
//! one thread download, hash and decompress a layer while another writes
//! its files, so a single big layer keeps two cores busy. Chunks read go
//! back to a pool that every pipe of the process takes from: touching
//! fresh memory for every chunk (a page fault and a zeroed page per 4 KiB)
//! cost more than hashing the data.

use std::io::{self, BufRead, Read, Write};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Mutex;

/// Bytes per chunk: few hand-overs, and few buffers per pipe.
const CHUNK_SIZE: usize = 256 << 10;
/// Chunks in flight: the reader may run this far ahead of the writer.
const DEPTH: usize = 8;
/// Chunks the pool keeps at most (8 MiB).
const POOL_SIZE: usize = 32;

static POOL: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());

/// A chunk buffer of [`CHUNK_SIZE`] bytes: a used one when there is one
/// (its old content is overwritten, so it is not zeroed again).
fn take_buffer() -> Vec<u8> {
    let mut buffer = POOL.lock().ok().and_then(|mut pool| pool.pop()).unwrap_or_default();
    buffer.resize(CHUNK_SIZE, 0);
    buffer
}

fn give_back(buffer: Vec<u8>) {
    if let Ok(mut pool) = POOL.lock() {
        if pool.len() < POOL_SIZE && buffer.capacity() >= CHUNK_SIZE {
            pool.push(buffer);
        }
    }
}

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
    feed_through(source, sender, &mut io::sink())
}

/// [`feed`], writing each chunk to `copy` before it goes into the pipe:
/// one write per chunk, however small the reads from `source` (a
/// registry's response comes 8 KiB at a time).
pub fn feed_through(source: &mut impl Read, sender: ChunkSender, copy: &mut impl Write) -> io::Result<()> {
    loop {
        let mut chunk = take_buffer();
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
            give_back(chunk);
            return Ok(());
        }
        chunk.truncate(filled);
        copy.write_all(&chunk)?;
        if sender.0.send(chunk).is_err() {
            return Ok(());
        }
    }
}

impl BufRead for ChunkReader {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.position == self.current.len() {
            match self.chunks.recv() {
                Ok(chunk) => {
                    give_back(std::mem::replace(&mut self.current, chunk));
                    self.position = 0;
                }
                Err(_) => return Ok(&[]),
            }
        }
        Ok(&self.current[self.position..])
    }

    fn consume(&mut self, amount: usize) {
        self.position = (self.position + amount).min(self.current.len());
    }
}

impl Read for ChunkReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = buf.len().min(available.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl Drop for ChunkReader {
    fn drop(&mut self) {
        give_back(std::mem::take(&mut self.current));
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
