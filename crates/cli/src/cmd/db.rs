//! The `--db` option every store verb takes.

use std::path::PathBuf;

use anyhow::Context;
use dossier_store::Store;

#[derive(clap::Args, Clone, Debug)]
pub struct DbArgs {
    /// The database file. Default: $DOSSIER_DB, else
    /// $XDG_DATA_HOME/dossier/dossier.db, else ~/.local/share/dossier/dossier.db.
    #[arg(long, value_name = "PATH")]
    db: Option<PathBuf>,
}

impl DbArgs {
    /// The database path this command uses.
    pub fn path(&self) -> anyhow::Result<PathBuf> {
        match &self.db {
            Some(path) => Ok(path.clone()),
            None => Ok(dossier_store::default_path()?),
        }
    }

    /// Opens (creating if needed) the database.
    pub fn open(&self) -> anyhow::Result<Store> {
        let path = self.path()?;
        Store::open(&path).with_context(|| format!("database {}", path.display()))
    }

    /// Opens the database for a query; a database that does not exist yet
    /// is an error that says how to make one, not a silent empty result.
    pub fn open_existing(&self) -> anyhow::Result<Store> {
        let path = self.path()?;
        if !path.exists() {
            anyhow::bail!(
                "no database at {}; ingest articles first with `dossier ingest PATH...`, or point --db at one",
                path.display()
            );
        }
        self.open()
    }
}
