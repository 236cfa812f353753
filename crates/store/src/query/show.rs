//! One merged event with every report of it.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::events::{event_row, EventRow, COLUMNS, FROM};
use crate::{Error, Result, Store};

/// A merged event and all its mentions, earliest report first.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventDetail {
    pub event: EventRow,
    pub mentions: Vec<MentionRow>,
}

/// One article's report of an event, with its provenance.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MentionRow {
    pub source: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub code: String,
    pub date: Option<String>,
    pub date_text: Option<String>,
    /// Character span of the sentence in the article's text.
    pub sentence_start: u64,
    pub sentence_end: u64,
    pub sentence: String,
    pub modality: String,
    pub attributed_to: Option<String>,
    pub confidence: f64,
}

impl Store {
    /// Event `id` with every mention; an unknown id is an error that says
    /// where to find ids.
    pub fn show(&self, id: i64) -> Result<EventDetail> {
        let sql = format!("SELECT {COLUMNS}{FROM} WHERE e.id = ?1");
        let event = self.conn.query_row(&sql, [id], event_row).optional()?.ok_or(Error::NoSuchEvent(id))?;
        Ok(EventDetail { event, mentions: self.mentions(id)? })
    }

    /// Every mention of event `id`, earliest publication first.
    pub fn mentions(&self, id: i64) -> Result<Vec<MentionRow>> {
        let mut statement = self.conn.prepare_cached(concat!(
            "SELECT a.source, a.title, a.published, m.code, m.date, m.date_text, m.sentence_start, m.sentence_end, ",
            mention_sentence!(),
            ", m.modality, m.attributed_to, m.confidence
             FROM mentions m JOIN articles a ON a.id = m.article_id
             WHERE m.event_id = ?1 ORDER BY a.published IS NULL, a.published, m.id"
        ))?;
        let rows = statement.query_map(params![id], |r| {
            Ok(MentionRow {
                source: r.get(0)?,
                title: r.get(1)?,
                published: r.get(2)?,
                code: r.get(3)?,
                date: r.get(4)?,
                date_text: r.get(5)?,
                sentence_start: r.get::<_, i64>(6)? as u64,
                sentence_end: r.get::<_, i64>(7)? as u64,
                sentence: r.get(8)?,
                modality: r.get(9)?,
                attributed_to: r.get(10)?,
                confidence: r.get(11)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
