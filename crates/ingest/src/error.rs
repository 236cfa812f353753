//! Errors of an ingest.

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] dossier_store::Error),
    #[error("the writer thread stopped unexpectedly; what earlier batches stored is kept, and re-running the ingest finishes the job")]
    WriterStopped,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
