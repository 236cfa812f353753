//! Printing query results as an aligned table, JSON or CSV.

use std::io::Write;

use clap::ValueEnum;
use comfy_table::{presets, ContentArrangement, Table};
use serde::Serialize;

/// How a query prints its rows.
#[derive(Clone, Copy, Debug, Default, ValueEnum)]
pub enum Format {
    /// Aligned columns for reading in a terminal; long text is shortened.
    #[default]
    Table,
    /// One JSON array with every field, untruncated.
    Json,
    /// Comma-separated with a header line, untruncated.
    Csv,
}

/// A row type that can be printed as a table or CSV.
pub trait Tabular: Serialize {
    /// Column headers.
    const HEADERS: &'static [&'static str];
    /// The widest a column may be in a table, in characters (0: no limit).
    const WIDTHS: &'static [usize];
    /// The cells of this row, in header order, full length.
    fn cells(&self) -> Vec<String>;
}

/// Prints `rows` to standard output in `format`.
pub fn print<T: Tabular>(rows: &[T], format: Format) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        Format::Table => writeln!(out, "{}", table(rows))?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, rows)?;
            writeln!(out)?;
        }
        Format::Csv => {
            let mut csv = csv::Writer::from_writer(&mut out);
            csv.write_record(T::HEADERS)?;
            for row in rows {
                csv.write_record(row.cells())?;
            }
            csv.flush()?;
        }
    }
    out.flush()?;
    Ok(())
}

/// The aligned table of `rows`.
pub fn table<T: Tabular>(rows: &[T]) -> Table {
    let mut table = Table::new();
    table.load_preset(presets::NOTHING).set_content_arrangement(ContentArrangement::Disabled);
    table.set_header(T::HEADERS.iter().map(|h| h.to_string()));
    for row in rows {
        let cells = row.cells().into_iter().zip(T::WIDTHS.iter().chain(std::iter::repeat(&0)));
        table.add_row(cells.map(|(cell, &width)| clip(&cell, width)));
    }
    table
}

/// `text` on one line, shortened to `width` characters with an ellipsis
/// (0: not shortened).
pub fn clip(text: &str, width: usize) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if width == 0 || one_line.chars().count() <= width {
        return one_line;
    }
    let mut clipped: String = one_line.chars().take(width.saturating_sub(1)).collect();
    clipped.push('…');
    clipped
}

/// `13 Sep 2023`, `Sep 2023` or `2023` for `YYYY-MM-DD`, `YYYY-MM`, `YYYY`;
/// anything else as it is.
pub fn human_date(date: &str) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let mut parts = date.split('-');
    let (year, month, day) = (parts.next(), parts.next(), parts.next());
    let month_name = month.and_then(|m| m.parse::<usize>().ok()).and_then(|m| MONTHS.get(m.wrapping_sub(1)));
    match (year, month_name, day) {
        (Some(y), Some(m), Some(d)) => format!("{} {m} {y}", d.trim_start_matches('0')),
        (Some(y), Some(m), None) => format!("{m} {y}"),
        _ => date.to_string(),
    }
}

/// A `--limit` value where 0 means no limit.
pub fn limit(n: usize) -> Option<usize> {
    (n > 0).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_like_dates() {
        assert_eq!(human_date("2023-09-03"), "3 Sep 2023");
        assert_eq!(human_date("2023-12"), "Dec 2023");
        assert_eq!(human_date("2023"), "2023");
        assert_eq!(human_date(""), "");
    }

    #[test]
    fn long_text_is_clipped_to_one_line() {
        assert_eq!(clip("a  b\nc", 0), "a b c");
        assert_eq!(clip("abcdef", 4), "abc…");
        assert_eq!(clip("abc", 4), "abc");
    }
}
