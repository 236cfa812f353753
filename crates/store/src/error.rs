//! Errors of the store, each saying what the user can do about it.

use std::path::PathBuf;

/// What can go wrong while opening, writing or querying the store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the database is locked by another dossier process; wait for it to finish, or use --db to choose another database")]
    Locked,
    #[error("could not create the directory {path} for the database ({source}); check its permissions, or use --db PATH")]
    CreateDir { path: PathBuf, source: std::io::Error },
    #[error("could not open the database {path} ({source}); check the path, or use --db PATH")]
    Open { path: PathBuf, source: rusqlite::Error },
    #[error("the database has schema version {found}, newer than this dossier understands ({known}); upgrade dossier, or use --db to choose another database")]
    TooNew { found: i64, known: i64 },
    #[error("no home directory to keep the database in; set DOSSIER_DB or XDG_DATA_HOME, or use --db PATH")]
    NoHome,
    #[error("no event with id {0}; list event ids with `dossier events`")]
    NoSuchEvent(i64),
    #[error("the search `{query}` is not valid full-text syntax ({reason}); use plain words")]
    BadSearch { query: String, reason: String },
    #[error("database error ({0}); if the file is damaged, re-ingest into a new database with --db")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Error {
        match err.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => Error::Locked,
            _ => Error::Sqlite(err),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
