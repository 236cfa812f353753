//! The tab-separated format of every file under `data/` and of `--dict`
//! files: `#` comments, a header row naming the columns, `|` lists.

use std::fmt;

/// One data row with the line it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row<'a> {
    pub line: usize,
    fields: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// The field in column `i`, trimmed; empty when the row is short.
    pub fn get(&self, i: usize) -> &'a str {
        self.fields.get(i).map_or("", |f| f.trim())
    }

    /// The `|`-separated values of column `i`, trimmed, empties dropped.
    pub fn list(&self, i: usize) -> impl Iterator<Item = &'a str> {
        self.get(i).split('|').map(str::trim).filter(|v| !v.is_empty())
    }
}

/// A parsed table: its header and rows.
#[derive(Clone, Debug)]
pub struct Table<'a> {
    pub header: Vec<&'a str>,
    pub rows: Vec<Row<'a>>,
}

/// A malformed line, with its number (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TsvError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for TsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for TsvError {}

impl<'a> Table<'a> {
    /// Parses `text`. Rows with more columns than the header are errors;
    /// shorter rows are allowed (missing trailing fields are empty).
    pub fn parse(text: &'a str) -> Result<Table<'a>, TsvError> {
        // Spreadsheets and some editors save UTF-8 with a byte-order mark,
        // which would otherwise stick to the header's first column.
        let text = without_bom(text);
        let mut header: Option<Vec<&str>> = None;
        let mut rows = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let content = raw.strip_suffix('\r').unwrap_or(raw);
            if content.trim().is_empty() || content.trim_start().starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = content.split('\t').collect();
            match &header {
                None => header = Some(fields.iter().map(|f| f.trim()).collect()),
                Some(h) if fields.len() > h.len() => {
                    return Err(TsvError {
                        line,
                        message: format!(
                            "{} fields, but the header names {} columns ({}); separate fields with one TAB and lists with |",
                            fields.len(),
                            h.len(),
                            h.join(", ")
                        ),
                    })
                }
                Some(_) => rows.push(Row { line, fields }),
            }
        }
        let header = header.ok_or(TsvError { line: 1, message: "no header row: the first non-comment line must name the columns".into() })?;
        Ok(Table { header, rows })
    }

    /// Whether the header is exactly `columns`.
    pub fn has_columns(&self, columns: &[&str]) -> bool {
        self.header == columns
    }

    /// Index of a column by name.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| *h == name)
    }
}

/// `text` without a leading UTF-8 byte-order mark.
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_header_rows_lists_and_comments() {
        let t = Table::parse("# comment\ncode\tname\taliases\n\nPRK\tNorth Korea\tDPRK| N. Korea \nRUS\tRussia\n").unwrap();
        assert!(t.has_columns(&["code", "name", "aliases"]));
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].line, 4);
        assert_eq!(t.rows[0].list(2).collect::<Vec<_>>(), ["DPRK", "N. Korea"]);
        assert_eq!(t.rows[1].get(2), "");
    }

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_header() {
        let t = Table::parse("\u{feff}code\tname\nPRK\tNorth Korea\n").unwrap();
        assert!(t.has_columns(&["code", "name"]));
        assert_eq!(t.rows[0].get(0), "PRK");
    }

    #[test]
    fn too_many_fields_is_a_numbered_error() {
        let err = Table::parse("a\tb\nx\ty\tz\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.to_string().contains("header names 2 columns"));
    }
}
