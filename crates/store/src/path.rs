//! Where the database lives when `--db` is not given.

use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// `$DOSSIER_DB`, else `$XDG_DATA_HOME/dossier/dossier.db`, else
/// `~/.local/share/dossier/dossier.db`: the XDG convention, so the database
/// sits with other per-user data and survives across working directories.
pub fn default_path() -> Result<PathBuf> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(db) = var("DOSSIER_DB") {
        return Ok(db);
    }
    let data_home = match var("XDG_DATA_HOME") {
        Some(dir) => dir,
        None => var("HOME").ok_or(Error::NoHome)?.join(".local").join("share"),
    };
    Ok(data_home.join("dossier").join("dossier.db"))
}

/// Creates the directory that will hold `db`, so a first run needs no setup.
pub(crate) fn create_parent(db: &Path) -> Result<()> {
    match db.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => {
            std::fs::create_dir_all(dir).map_err(|source| Error::CreateDir { path: dir.to_path_buf(), source })
        }
        _ => Ok(()),
    }
}
