//! Reading the event stage's TSV tables.

use dossier_core::tsv::Table;

use crate::{Error, Result};

/// Parses `text` (from `file`) and checks its header is `columns`.
pub(crate) fn table<'a>(file: &str, text: &'a str, columns: &[&str]) -> Result<Table<'a>> {
    let table = Table::parse(text).map_err(|source| Error::Table { file: file.to_string(), source })?;
    if !table.has_columns(columns) {
        return Err(Error::Header { file: file.to_string(), expected: columns.join("\t") });
    }
    Ok(table)
}

/// A lowercase word list from a `|` field.
pub(crate) fn words(field: &str) -> Vec<String> {
    field.split('|').map(|w| w.trim().to_lowercase()).filter(|w| !w.is_empty()).collect()
}
