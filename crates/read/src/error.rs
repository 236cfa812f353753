//! Errors of the readers.

/// Why a document could not be read.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the input is empty")]
    Empty,
    #[error("the input looks like binary data ({0}), not text; give dossier text, HTML, WARC, RSS/Atom or JSON Lines")]
    Binary(&'static str),
    #[error("could not read {path}: {source}")]
    Io { path: String, source: std::io::Error },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
