//! Errors of the dossier library.

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Pipeline(#[from] dossier_core::Error),
    // The dictionary errors name their file and say what to do; a prefix
    // here would print them twice in a chain of causes.
    #[error(transparent)]
    Actors(#[from] dossier_actors::Error),
    #[error(transparent)]
    Events(#[from] dossier_events::Error),
    #[error("{path}: no such file or directory; check the path, or give `-` to read standard input")]
    NotFound { path: String },
    #[error("could not read {path}: {source}")]
    Io { path: String, source: std::io::Error },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
