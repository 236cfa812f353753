//! Reading the store: merged events, actors, quotes, relations, search.

/// The sentence of mention `m`, read from its article `a` by its character
/// span: the store keeps no copy of it (schema version 7). SQLite's `substr`
/// counts characters, as the span does; a span past the end is cut there
/// and a reversed one is empty, as `CharSlicer::slice` cuts them.
macro_rules! mention_sentence {
    () => {
        "substr(a.text, m.sentence_start + 1, max(m.sentence_end - m.sentence_start, 0))"
    };
}

mod actors;
pub(crate) mod events;
mod quotes;
mod relations;
mod search;
mod show;

use rusqlite::types::Value;
use serde::Serialize;

pub use actors::{ActorFilter, ActorRow};
pub use events::{EventFilter, EventRow};
pub use quotes::{QuoteFilter, QuoteRow};
pub use relations::{RelationFilter, RelationRow};
pub use search::SearchHit;
pub use show::{EventDetail, MentionRow};

use crate::{Result, Store};

/// How much the store holds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub articles: u64,
    pub events: u64,
    pub mentions: u64,
    pub quotes: u64,
    pub failures: u64,
}

impl Store {
    /// Counts of what is stored.
    pub fn totals(&self) -> Result<Totals> {
        let count = |table: &str| -> Result<u64> {
            let n: i64 = self.conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            Ok(n as u64)
        };
        Ok(Totals {
            articles: count("articles")?,
            events: count("events")?,
            mentions: count("mentions")?,
            quotes: count("quotes")?,
            failures: count("failures")?,
        })
    }
}

/// SQL conditions and their parameters, built from optional filters.
#[derive(Default)]
pub(crate) struct Conditions {
    clauses: Vec<String>,
    pub(crate) params: Vec<Value>,
}

impl Conditions {
    /// Adds `clause`, whose `?` placeholders take `values` in order.
    pub(crate) fn push(&mut self, clause: &str, values: impl IntoIterator<Item = Value>) {
        self.clauses.push(clause.to_string());
        self.params.extend(values);
    }

    /// ` WHERE a AND b`, or nothing.
    pub(crate) fn where_sql(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.clauses.join(" AND "))
        }
    }

    /// Appends ` LIMIT n` when a limit is given.
    pub(crate) fn limit_sql(&mut self, limit: Option<usize>) -> String {
        match limit {
            Some(n) => {
                self.params.push(Value::Integer(n as i64));
                " LIMIT ?".to_string()
            }
            None => String::new(),
        }
    }
}

/// The bounds of actor codes that start with `prefix` (`PRK` matches
/// `PRKGOV`), as index-friendly `BETWEEN` values.
pub(crate) fn prefix_bounds(prefix: &str) -> [Value; 2] {
    let prefix = prefix.trim().to_ascii_uppercase();
    [Value::Text(prefix.clone()), Value::Text(format!("{prefix}\u{10FFFF}"))]
}

pub(crate) fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

#[cfg(test)]
mod tests {
    use dossier_core::contract::CharSpan;
    use rusqlite::Connection;

    use crate::text::CharSlicer;

    /// The sentence SQLite reads of `text` for a mention spanning
    /// `start..end`, through the expression every query uses.
    fn read_by_sqlite(conn: &Connection, text: &str, start: usize, end: usize) -> String {
        let sql = concat!("SELECT ", mention_sentence!(), " FROM (SELECT ?1 AS text) a, (SELECT ?2 AS sentence_start, ?3 AS sentence_end) m");
        conn.query_row(sql, rusqlite::params![text, start as i64, end as i64], |r| r.get(0)).unwrap()
    }

    proptest::proptest! {
        /// The sentence read from the article is the one the writer cut
        /// before schema version 7, whatever the characters and the span.
        #[test]
        fn sentences_read_from_the_article_are_the_ones_the_writer_cut(
            text in "[a-z ’é\u{1F600}\u{301}.]{0,40}",
            start in 0usize..50,
            end in 0usize..50,
        ) {
            let conn = Connection::open_in_memory().unwrap();
            let cut = CharSlicer::new(&text).slice(CharSpan { start, end });
            proptest::prop_assert_eq!(read_by_sqlite(&conn, &text, start, end), cut);
        }
    }
}
