//! Gzip inputs: one member or many concatenated (a `.warc.gz` compresses
//! each record on its own), decompressed with a ceiling so that a small
//! hostile file cannot fill the memory.

use std::io::Read;

use flate2::read::MultiGzDecoder;

use crate::Error;

/// Decompressed inputs larger than this are refused.
pub const DEFAULT_LIMIT: u64 = 1 << 30;

/// What decompression gave: all the bytes it could read and, when the
/// data was damaged or cut short, why it stopped.
#[derive(Debug)]
pub struct Gunzipped {
    pub bytes: Vec<u8>,
    pub problem: Option<Error>,
}

/// Whether `bytes` starts with the gzip magic number.
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// Decompresses every gzip member of `bytes`, up to `limit` bytes of
/// output. Going past the limit is an error that keeps nothing: a
/// partial bomb is no document.
pub fn gunzip(bytes: &[u8], limit: u64) -> Result<Gunzipped, Error> {
    let mut out = Vec::with_capacity(bytes.len().saturating_mul(4).min(1 << 26));
    let mut decoder = MultiGzDecoder::new(bytes).take(limit + 1);
    let mut problem = None;
    // read_to_end keeps what it read before an error.
    if let Err(e) = decoder.read_to_end(&mut out) {
        problem = Some(Error::Gzip(e.to_string()));
    }
    if out.len() as u64 > limit {
        return Err(Error::TooLarge { limit_mib: limit >> 20 });
    }
    Ok(Gunzipped { bytes: out, problem })
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::{write::GzEncoder, Compression};
    use std::io::Write;

    fn gz(data: &[u8]) -> Vec<u8> {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
        encoder.write_all(data).unwrap();
        encoder.finish().unwrap()
    }

    #[test]
    fn reads_concatenated_members() {
        let mut both = gz(b"first ");
        both.extend(gz(b"second"));
        let out = gunzip(&both, DEFAULT_LIMIT).unwrap();
        assert_eq!(out.bytes, b"first second");
        assert!(out.problem.is_none());
    }

    #[test]
    fn refuses_output_past_the_limit() {
        let bomb = gz(&vec![0u8; 1 << 20]);
        assert!(bomb.len() < 5000);
        let err = gunzip(&bomb, 1 << 19).unwrap_err();
        assert!(matches!(err, Error::TooLarge { .. }), "{err}");
    }

    #[test]
    fn keeps_what_precedes_a_cut() {
        let mut both = gz(b"complete member ");
        let second = gz(&b"x".repeat(4000));
        both.extend(&second[..second.len() / 2]);
        let out = gunzip(&both, DEFAULT_LIMIT).unwrap();
        assert!(out.bytes.starts_with(b"complete member "));
        assert!(matches!(out.problem, Some(Error::Gzip(_))));
    }
}
