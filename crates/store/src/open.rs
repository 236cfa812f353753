//! Opening a store.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::Connection;

use crate::checkpoint::Checkpointer;
use crate::merge::SymmetricCodes;
use crate::{Error, Result};

/// How long to wait for another process's lock on the database.
const BUSY_WAIT: Duration = Duration::from_secs(10);

/// The page size of new databases, in bytes.
const PAGE_SIZE: i64 = 8192;

/// An open dossier database.
pub struct Store {
    /// Declared before `conn` so that it stops, and closes its connection,
    /// before `conn` closes and checkpoints what is left.
    checkpointer: Option<Checkpointer>,
    pub(crate) conn: Connection,
    pub(crate) symmetric: SymmetricCodes,
    /// The database file, until the first write starts the checkpointer.
    unwritten_path: Option<PathBuf>,
}

impl Store {
    /// Opens (creating it and its directory if needed) the database at
    /// `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        crate::path::create_parent(path)?;
        let conn = Connection::open(path).map_err(|source| Error::Open { path: path.to_path_buf(), source })?;
        let mut store = Store::setup(conn, true)?;
        store.unwritten_path = Some(path.to_path_buf());
        Ok(store)
    }

    /// A database in memory, for tests and one-off use.
    pub fn open_in_memory() -> Result<Store> {
        Store::setup(Connection::open_in_memory()?, false)
    }

    fn setup(mut conn: Connection, wal: bool) -> Result<Store> {
        // Another writer holds the lock for one batch at a time: waiting a
        // little lets two processes take turns instead of failing.
        conn.busy_timeout(BUSY_WAIT)?;
        // Every statement of the write path stays prepared across records.
        conn.set_prepared_statement_cache_capacity(64);
        // Plans must not depend on bound values: otherwise SQLite
        // re-prepares the merge lookups (date ranges) on every call.
        conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        // 8 KiB pages: fewer page splits and b-tree levels per insert. Only
        // a new database takes it (before WAL mode writes the first page);
        // an existing one keeps the size it was made with.
        conn.pragma_update(None, "page_size", PAGE_SIZE)?;
        if wal {
            // WAL + NORMAL: a killed process loses at most the batch it was
            // writing, never the consistency of what was committed.
            use_wal(&conn)?;
            conn.pragma_update(None, "synchronous", "NORMAL")?;
        }
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // The default 2 MB page cache holds little of the event indexes a
        // merge lookup walks; at a million events every write then waits
        // on the disk. 64 MiB is an upper bound, used only as pages are read.
        conn.pragma_update(None, "cache_size", -65536)?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        crate::schema::migrate(&mut conn)?;
        Ok(Store::with_connection(conn))
    }

    /// A store over `conn` as it is, schema included.
    pub(crate) fn with_connection(conn: Connection) -> Store {
        Store { checkpointer: None, conn, symmetric: SymmetricCodes::embedded(), unwritten_path: None }
    }

    /// Before the first write to a database file: checkpoints from now on
    /// run in a thread of their own, and the writer checkpoints only when
    /// they cannot keep the log short.
    pub(crate) fn start_checkpointer(&mut self) -> Result<()> {
        let Some(path) = self.unwritten_path.take() else { return Ok(()) };
        if let Some(checkpointer) = Checkpointer::start(&path) {
            self.conn.pragma_update(None, "wal_autocheckpoint", crate::checkpoint::WRITER_BACKSTOP_PAGES)?;
            self.checkpointer = Some(checkpointer);
        }
        Ok(())
    }

    /// Has what is committed so far checkpointed in the background.
    pub(crate) fn committed(&self) {
        if let Some(checkpointer) = &self.checkpointer {
            checkpointer.wake();
        }
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        crate::schema::current_version(&self.conn)
    }
}

/// Switches `conn` to write-ahead logging. The switch needs the database to
/// itself, and SQLite refuses it at once rather than waiting as it waits
/// for a write lock: another process creating the same database at this
/// moment is waited for here.
fn use_wal(conn: &Connection) -> Result<()> {
    let deadline = Instant::now() + BUSY_WAIT;
    loop {
        match conn.pragma_update(None, "journal_mode", "WAL").map_err(Error::from) {
            Err(Error::Locked) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(5)),
            done => return done,
        }
    }
}
