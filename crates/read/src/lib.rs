//! Readers turn the bytes of one input (a file, standard input, an archive)
//! into [`Input`]s: decoded text plus the metadata the format carries.
//!
//! A single input can hold many documents (a WARC archive, a feed, a JSON
//! Lines file); each yields its own `Result`, so one bad record never hides
//! the others. Gzip-compressed inputs of any format are decompressed
//! first (with a ceiling); the format is then told by content, and by the
//! file name only when the content does not say (see [`detect`]).

mod date;
mod detect;
mod error;
mod feed;
mod gzip;
pub mod html;
mod http;
mod jsonl;
mod plain;
mod warc;

pub use date::parse_date;
pub use detect::{detect, Format};
pub use error::{Error, Result};

use jiff::civil::Date;

/// One document as read, before any pipeline stage.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    /// First 16 hex chars of the SHA-256 of the document's own raw bytes
    /// (the file, the WARC record's HTTP body, the feed item's content, the
    /// JSON line), or the `id` a JSON line gives.
    pub id: String,
    /// Path or URL: the WARC target URI, the feed item's link, a JSON
    /// line's `url`; else the file with `#item` or `:line`.
    pub source: String,
    pub title: Option<String>,
    /// The date the input's own metadata gives.
    pub published: Option<Date>,
    /// Decoded text; for markup formats, the extracted main text with
    /// paragraphs separated by blank lines.
    pub text: String,
}

/// A document that could not be read, with what identifies it.
#[derive(Debug)]
pub struct Failure {
    pub id: String,
    pub source: String,
    pub error: Error,
}

/// Reads every document in `bytes`, which came from `source`.
pub fn read_bytes(source: &str, bytes: &[u8]) -> Vec<std::result::Result<Input, Failure>> {
    read_bytes_within(source, bytes, gzip::DEFAULT_LIMIT)
}

/// [`read_bytes`] with another ceiling on decompressed size, in bytes.
pub fn read_bytes_within(source: &str, bytes: &[u8], limit: u64) -> Vec<std::result::Result<Input, Failure>> {
    if !gzip::is_gzip(bytes) {
        return read_format(source, bytes);
    }
    let fail = |error| vec![Err(Failure { id: content_id(bytes), source: source.to_string(), error })];
    let gunzipped = match gzip::gunzip(bytes, limit) {
        Ok(gunzipped) => gunzipped,
        Err(error) => return fail(error),
    };
    if gunzipped.bytes.is_empty() {
        return fail(gunzipped.problem.unwrap_or(Error::Empty));
    }
    let mut results = read_format(source, &gunzipped.bytes);
    if let Some(problem) = gunzipped.problem {
        report_cut(source, bytes, &gunzipped.bytes, problem, &mut results);
    }
    results
}

/// A cut in compressed data: a container format (WARC, feed, JSON Lines)
/// says so with one more error unless it already reported the cut; a
/// single page or text is read as far as it goes, like cut-short HTML.
fn report_cut(source: &str, raw: &[u8], text: &[u8], problem: Error, results: &mut Vec<std::result::Result<Input, Failure>>) {
    let format = detect(source, text);
    let single = matches!(format, Format::Plain | Format::Html);
    let feed_failed = matches!(results.as_slice(), [Err(Failure { error: Error::Feed(_), .. })]);
    if !single && !feed_failed && !warc::reported_truncation(results) {
        results.push(Err(Failure { id: content_id(raw), source: source.to_string(), error: problem }));
    }
}

fn read_format(source: &str, bytes: &[u8]) -> Vec<std::result::Result<Input, Failure>> {
    match detect(source, bytes) {
        Format::Plain => vec![plain::read(source, bytes)],
        Format::Html => vec![html::read(source, bytes, None)],
        Format::Warc => warc::read(source, bytes),
        Format::Feed => feed::read(source, bytes),
        Format::JsonLines => jsonl::read(source, bytes),
    }
}

/// First 16 hex characters of the SHA-256 of `bytes`.
pub fn content_id(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    // Written digit by digit: a `format!` per byte cost as much as hashing
    // a short page.
    let mut id = String::with_capacity(16);
    for &b in &digest[..8] {
        id.push(char::from(HEX[usize::from(b >> 4)]));
        id.push(char::from(HEX[usize::from(b & 0xF)]));
    }
    id
}

#[cfg(test)]
mod tests {
    #[test]
    fn content_ids_are_the_first_sixteen_hex_digits_of_the_sha256() {
        assert_eq!(super::content_id(b""), "e3b0c44298fc1c14");
        assert_eq!(super::content_id(b"abc"), "ba7816bf8f01cfea");
    }
}
