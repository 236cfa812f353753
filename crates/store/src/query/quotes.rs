//! Who said what, and where it was reported.

use rusqlite::params_from_iter;
use serde::Serialize;

use super::{text, Conditions};
use crate::{Result, Store};

/// Which quotes to list.
#[derive(Clone, Debug, Default)]
pub struct QuoteFilter {
    /// Part of the speaker's name, any case (`lavrov` finds Sergei Lavrov).
    pub speaker: Option<String>,
    /// Articles published on or after this date.
    pub since: Option<String>,
    /// Articles published on or before this date (or prefix).
    pub until: Option<String>,
    pub limit: Option<usize>,
}

/// One quote with its article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuoteRow {
    pub speaker_name: String,
    pub speaker: Option<String>,
    pub affiliation: Option<String>,
    pub text: String,
    pub direct: bool,
    pub published: Option<String>,
    pub source: String,
}

impl Store {
    /// Quotes, newest article first.
    pub fn quotes(&self, filter: &QuoteFilter) -> Result<Vec<QuoteRow>> {
        let mut c = Conditions::default();
        if let Some(name) = &filter.speaker {
            let escaped = name.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            c.push("q.speaker_name LIKE ? ESCAPE '\\'", [text(&format!("%{escaped}%"))]);
        }
        if let Some(since) = &filter.since {
            c.push("a.published >= ?", [text(since)]);
        }
        if let Some(until) = &filter.until {
            c.push("a.published <= ?", [text(&format!("{until}\u{10FFFF}"))]);
        }
        let sql = format!(
            "SELECT q.speaker_name, q.speaker, q.affiliation, q.text, q.direct, a.published, a.source
             FROM quotes q JOIN articles a ON a.id = q.article_id{}
             ORDER BY a.published IS NULL, a.published DESC, q.id{}",
            c.where_sql(),
            c.limit_sql(filter.limit)
        );
        let mut statement = self.conn.prepare_cached(&sql)?;
        let rows = statement.query_map(params_from_iter(c.params.iter()), |r| {
            Ok(QuoteRow {
                speaker_name: r.get(0)?,
                speaker: r.get(1)?,
                affiliation: r.get(2)?,
                text: r.get(3)?,
                direct: r.get(4)?,
                published: r.get(5)?,
                source: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
