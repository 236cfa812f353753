//! Full-text search over the stored articles (SQLite FTS5, ranked by BM25).

use rusqlite::params;
use serde::Serialize;

use crate::{Error, Result, Store};

/// One matching article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SearchHit {
    pub source: String,
    pub title: Option<String>,
    pub published: Option<String>,
    /// The best passage, matches in `[` `]`.
    pub snippet: String,
    /// BM25 score: lower is a better match.
    pub rank: f64,
}

impl Store {
    /// Articles containing every word of `words`, best match first.
    pub fn search(&self, words: &str, limit: Option<usize>) -> Result<Vec<SearchHit>> {
        let query = fts_query(words);
        if query.is_empty() {
            return Ok(Vec::new());
        }
        let mut statement = self.conn.prepare_cached(
            "SELECT a.source, a.title, a.published, snippet(articles_fts, 1, '[', ']', '…', 16), bm25(articles_fts)
             FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
             WHERE articles_fts MATCH ?1 ORDER BY bm25(articles_fts) LIMIT ?2",
        )?;
        let limit = limit.map_or(-1, |n| n as i64);
        let rows = statement.query_map(params![query, limit], |r| {
            Ok(SearchHit { source: r.get(0)?, title: r.get(1)?, published: r.get(2)?, snippet: r.get(3)?, rank: r.get(4)? })
        });
        let collected = rows.and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>());
        collected.map_err(|err| match Error::from(err) {
            Error::Sqlite(inner) => Error::BadSearch { query: words.to_string(), reason: inner.to_string() },
            other => other,
        })
    }
}

/// Each word as a quoted FTS5 string, so punctuation and words like `NOT`
/// in what the user typed are searched for rather than parsed.
fn fts_query(words: &str) -> String {
    words
        .split_whitespace()
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn user_words_are_quoted() {
        assert_eq!(fts_query("  arms \"deal\" NOT "), "\"arms\" \"\"\"deal\"\"\" \"NOT\"");
        assert_eq!(fts_query("   "), "");
    }
}
