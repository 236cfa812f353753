//! Copying the write-ahead log into the database from a thread of its own.
//!
//! SQLite's automatic checkpoint runs in the thread that commits, and a
//! checkpoint reads the log, writes the database file and waits for the
//! disk twice: at 100 MB the writer spent about a quarter of its time there
//! instead of storing records. A checkpoint through a second connection
//! runs beside the writer (a passive checkpoint never blocks it), and the
//! writer starts the log afresh at its next commit once the checkpoint has
//! copied all of it. A killed process loses nothing more than before: what
//! is committed is in the log, and the next open recovers it.

use std::path::Path;
use std::sync::mpsc::{sync_channel, SyncSender};
use std::thread::JoinHandle;

use rusqlite::Connection;

/// Log pages after which the writer checkpoints itself all the same: a
/// reader holding an old snapshot can stop the background checkpoints from
/// finishing, and the log must not grow without bound meanwhile.
pub(crate) const WRITER_BACKSTOP_PAGES: i64 = 16384;

/// A thread that checkpoints the database each time it is woken.
pub(crate) struct Checkpointer {
    wake: Option<SyncSender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Checkpointer {
    /// Starts the thread, with its own connection to the database at
    /// `path`; `None` when either cannot be had (the writer then
    /// checkpoints as SQLite does by default).
    pub(crate) fn start(path: &Path) -> Option<Checkpointer> {
        let conn = Connection::open(path).ok()?;
        conn.pragma_update(None, "synchronous", "NORMAL").ok()?;
        // One pending wake-up is enough: a checkpoint copies all the log there is.
        let (wake, woken) = sync_channel::<()>(1);
        let thread = std::thread::Builder::new()
            .name("dossier-checkpoint".to_string())
            .spawn(move || {
                for () in woken {
                    // Busy (another checkpoint running) or failed: the writer's
                    // backstop and the final checkpoint at close still run.
                    let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
                }
            })
            .ok()?;
        Some(Checkpointer { wake: Some(wake), thread: Some(thread) })
    }

    /// Asks for a checkpoint of what is committed so far; never waits.
    pub(crate) fn wake(&self) {
        if let Some(wake) = &self.wake {
            let _ = wake.try_send(());
        }
    }
}

impl Drop for Checkpointer {
    /// Stops the thread after its current checkpoint and closes its connection.
    fn drop(&mut self) {
        drop(self.wake.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
