//! Reading the store: merged events, actors, quotes, relations, search.

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
