//! Errors of the event stage.

/// A data or dictionary file the event stage could not use.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{file}: {source}")]
    Table { file: String, source: dossier_core::tsv::TsvError },
    #[error("{file}: line {line}: {message}")]
    Entry { file: String, line: usize, message: String },
    #[error("{file}: the header must be `{expected}`; see data/README.md for the format")]
    Header { file: String, expected: String },
    #[error("could not read {file}: {source}")]
    Io { file: String, source: std::io::Error },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
