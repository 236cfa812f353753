//! Readers turn the bytes of one input (a file, standard input, an archive)
//! into [`Input`]s: decoded text plus the metadata the format carries.
//!
//! A single input can hold many documents (a WARC archive, a feed, a JSON
//! Lines file); each yields its own `Result`, so one bad record never hides
//! the others.

mod error;
mod plain;

pub use error::{Error, Result};

use jiff::civil::Date;

/// One document as read, before any pipeline stage.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    /// First 16 hex chars of the SHA-256 of the document's raw bytes.
    pub id: String,
    /// Path or URL.
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
    vec![plain::read(source, bytes)]
}

/// First 16 hex characters of the SHA-256 of `bytes`.
pub fn content_id(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(bytes);
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}
