//! Errors of the dossier library.

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Pipeline(#[from] dossier_core::Error),
    #[error("gazetteer: {0}")]
    Actors(#[from] dossier_actors::Error),
    #[error("event patterns: {0}")]
    Events(#[from] dossier_events::Error),
    #[error("{path}: no such file or directory; check the path, or give `-` to read standard input")]
    NotFound { path: String },
    #[error("could not read {path}: {source}")]
    Io { path: String, source: std::io::Error },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
