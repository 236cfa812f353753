//! The shared shape of the text data files: `kind<TAB>value` records,
//! `#` comments and blank lines.

use crate::{Error, Result};

/// One `kind<TAB>value` record and the line it came from.
pub(crate) struct Record<'t> {
    pub line: usize,
    pub kind: &'t str,
    pub value: &'t str,
}

/// The records of a data file, or the first malformed line.
pub(crate) fn records<'t>(file: &'static str, text: &'t str) -> Result<Vec<Record<'t>>> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches(['\r', ' ']);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((kind, value)) = line.split_once('\t') else {
            return Err(Error::BadRecord { file, line: i + 1, problem: "no TAB between kind and value".into() });
        };
        let value = value.trim();
        if value.is_empty() {
            return Err(Error::BadRecord { file, line: i + 1, problem: format!("`{kind}` has an empty value") });
        }
        out.push(Record { line: i + 1, kind: kind.trim(), value });
    }
    Ok(out)
}

/// The error for a record whose kind is not one of `known`.
pub(crate) fn unknown_kind(file: &'static str, record: &Record, known: &[&str]) -> Error {
    Error::BadRecord {
        file,
        line: record.line,
        problem: format!("unknown kind `{}` (expected one of: {})", record.kind, known.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blank_lines_are_skipped_and_bad_lines_named() {
        let recs = records("t", "# note\n\nline\tclose\n").unwrap();
        assert_eq!((recs[0].line, recs[0].kind, recs[0].value), (3, "line", "close"));
        let err = records("t.txt", "# x\nline close\n").err().unwrap().to_string();
        assert!(err.contains("t.txt line 2") && err.contains("TAB"), "{err}");
    }
}
