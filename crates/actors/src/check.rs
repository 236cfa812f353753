//! `dossier dict check`: what is wrong with a dictionary file, line by line.

use std::path::Path;

use crate::records::{self, DictKind};
use crate::{Error, Issue, Result};

/// What a check found.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    /// The gazetteer kind the header announces; `None` when the file is no
    /// gazetteer file (it may belong to another stage).
    pub kind: Option<DictKind>,
    /// How many records are usable.
    pub records: usize,
    pub issues: Vec<Issue>,
}

/// Checks the gazetteer file at `path`.
pub fn check_dict(path: &Path) -> Result<Checked> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| Error::Io { path: name.clone(), source })?;
    let text = String::from_utf8(bytes).map_err(|_| Error::NotUtf8 { path: name })?;
    Ok(check_text(&text))
}

/// Checks gazetteer text: every record's fields and duplicates within the
/// file.
pub fn check_text(text: &str) -> Checked {
    let parsed = records::parse(text);
    Checked { kind: parsed.kind, records: parsed.records.len(), issues: parsed.issues }
}
