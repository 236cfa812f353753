//! Errors of the readers.

/// Why a document (or the rest of an archive) could not be read.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the input is empty")]
    Empty,
    #[error("the input looks like binary data ({0}), not text; give dossier text, HTML, WARC, RSS/Atom or JSON Lines")]
    Binary(&'static str),
    #[error("could not read {path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("the HTML page has no readable text (only markup, scripts or page furniture); check that it is the article page, not a redirect or a script shell")]
    NoText,
    #[error("the input decompresses to more than {limit_mib} MiB; split it into smaller files")]
    TooLarge { limit_mib: u64 },
    #[error("the gzip data is damaged or cut short ({0}); what came before the damage was read, re-fetch the file for the rest")]
    Gzip(String),
    #[error("the WARC archive is cut short at byte {offset}: the record there is incomplete and was skipped; re-fetch the archive for the rest")]
    WarcTruncated { offset: usize },
    #[error("the WARC archive is malformed at byte {offset}: {reason}")]
    WarcMalformed { offset: usize, reason: String },
    #[error("the HTTP response in the WARC record is malformed: {0}")]
    Http(String),
    #[error("the RSS/Atom feed could not be parsed ({0}); check that it is well-formed XML")]
    Feed(String),
    #[error("line {line}: {reason}")]
    JsonLine { line: usize, reason: String },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
