//! Storing extract records: articles, entities, quotes, and events merged
//! with the reports of them already stored.

use std::collections::{HashMap, HashSet};

use dossier_core::contract::{ActorRecord, EntityRecord, EventRecord, ExtractRecord};
use rusqlite::{params, OptionalExtension, Transaction};

use crate::merge::SymmetricCodes;
use crate::statements::Statements;
use crate::tally::PendingRelations;
use crate::text::CharSlicer;
use crate::{Error, Result, Store};

/// An input file whose documents are all stored, so a re-run can skip it
/// without reading it again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputStamp {
    pub path: String,
    pub size: u64,
    /// Modification time, seconds since the epoch.
    pub modified: i64,
    pub documents: u64,
}

/// What became of one record.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Stored { article_id: i64, events: usize, quotes: usize },
    /// Already stored (same content id, or same URL).
    Skipped,
    /// The document could not be extracted or stored; recorded in the store.
    Failed(String),
}

// The statements of the write path, prepared in `statements.rs`.
pub(crate) const CONTENT_STORED: &str = "SELECT 1 FROM articles WHERE content_id = ?1";
pub(crate) const URL_STORED: &str = "SELECT 1 FROM articles WHERE url = ?1";
pub(crate) const INSERT_ARTICLE: &str =
    "INSERT INTO articles (content_id, source, url, outlet, title, published, language, text, ingested_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
pub(crate) const INDEX_ARTICLE: &str = "INSERT INTO articles_fts (rowid, title, text) VALUES (?1, ?2, ?3)";
pub(crate) const INSERT_ENTITY: &str =
    "INSERT INTO entities (article_id, entity, name, kind, code, mentions) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
pub(crate) const INSERT_QUOTE: &str =
    "INSERT INTO quotes (article_id, speaker, speaker_name, affiliation, text, direct, span_start, span_end)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
pub(crate) const INSERT_MENTION: &str = "INSERT INTO mentions (event_id, article_id, code, source_code, target_code, date, date_text,
        sentence_start, sentence_end, is_root, modality, attributed_to, confidence, quantity)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";

impl Store {
    /// Stores `records` and marks `finished` inputs as done, all in one
    /// transaction: a crash leaves either the whole batch or none of it.
    /// A record that cannot be stored fails alone; the others go on.
    pub fn write_batch(&mut self, records: &[ExtractRecord], finished: &[InputStamp]) -> Result<Vec<Outcome>> {
        // A savepoint per record copies every page the record touches into
        // the sub-journal first. Records the database refuses are rare, so
        // the batch is written without them, and written again record by
        // record, each in its own savepoint, only when one was refused.
        self.start_checkpointer()?;
        // The writer inserts every parent row before its children, in the
        // same transaction, and `check` verifies the references: checking
        // each insert's parent again cost a lookup per row (about 5% of the
        // writer's instructions). Off for the batch's transaction only.
        self.conn.pragma_update(None, "foreign_keys", "OFF")?;
        let written = match self.write_batch_as(records, finished, Isolation::Batch) {
            Err(Error::Locked) => Err(Error::Locked),
            Err(_) => self.write_batch_as(records, finished, Isolation::Record),
            written => written,
        };
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        if written.is_ok() {
            self.committed();
        }
        written
    }

    fn write_batch_as(&mut self, records: &[ExtractRecord], finished: &[InputStamp], isolation: Isolation) -> Result<Vec<Outcome>> {
        let now = now();
        let tx = self.conn.transaction()?;
        let outcomes = {
            let st = Statements::prepare(&tx)?;
            let mut writer = Writer { tx: &tx, st, relations: PendingRelations::default(), symmetric: &self.symmetric, now: &now };
            let mut outcomes = Vec::with_capacity(records.len());
            let mut searchable = Vec::new();
            for record in records {
                let outcome = match isolation {
                    Isolation::Batch => writer.write_unisolated(record)?,
                    Isolation::Record => writer.write_isolated(record)?,
                };
                if let Outcome::Stored { article_id, .. } = outcome {
                    searchable.push((article_id, record));
                }
                outcomes.push(outcome);
            }
            // Indexed for search after the per-record savepoints: the full-text
            // index flushes its pending terms at every savepoint, which made it
            // the slowest part of a batch.
            for (article_id, record) in searchable {
                writer.st.index_article.execute(params![article_id, record.title.as_deref().unwrap_or(""), record.text])?;
            }
            writer.relations.write(&mut writer.st)?;
            outcomes
        };
        for stamp in finished {
            tx.prepare_cached("INSERT OR REPLACE INTO inputs (path, size, modified, documents) VALUES (?1, ?2, ?3, ?4)")?
                .execute(params![stamp.path, stamp.size as i64, stamp.modified, stamp.documents as i64])?;
        }
        tx.commit()?;
        Ok(outcomes)
    }

    /// The number of documents of `path` when it was stored whole with this
    /// size and modification time, else `None` (read it again).
    pub fn finished_input(&self, path: &str, size: u64, modified: i64) -> Result<Option<u64>> {
        let documents = self
            .conn
            .prepare_cached("SELECT documents FROM inputs WHERE path = ?1 AND size = ?2 AND modified = ?3")?
            .query_row(params![path, size as i64, modified], |row| row.get::<_, i64>(0))
            .optional()?;
        Ok(documents.map(|n| n as u64))
    }
}

/// How far a refused record's writes are undone.
#[derive(Clone, Copy)]
enum Isolation {
    /// The whole batch: the first refused record aborts it.
    Batch,
    /// The record alone, in its own savepoint.
    Record,
}

/// One batch's transaction, its statements and what it leaves to its end.
struct Writer<'t> {
    tx: &'t Transaction<'t>,
    st: Statements<'t>,
    relations: PendingRelations,
    symmetric: &'t SymmetricCodes,
    now: &'t str,
}

impl Writer<'_> {
    /// Writes one record with no savepoint of its own: an error aborts the batch.
    fn write_unisolated(&mut self, record: &ExtractRecord) -> Result<Outcome> {
        if let Some(error) = &record.error {
            self.record_failure(record, error)?;
            return Ok(Outcome::Failed(error.clone()));
        }
        self.write_record(record)
    }

    /// Writes one record inside a savepoint, so that a record the database
    /// refuses fails alone. A locked database still stops the batch.
    fn write_isolated(&mut self, record: &ExtractRecord) -> Result<Outcome> {
        if record.error.is_some() {
            return self.write_unisolated(record);
        }
        self.tx.execute_batch("SAVEPOINT record")?;
        match self.write_record(record) {
            Ok(outcome) => {
                self.tx.execute_batch("RELEASE record")?;
                Ok(outcome)
            }
            Err(Error::Locked) => Err(Error::Locked),
            Err(err) => {
                self.tx.execute_batch("ROLLBACK TO record; RELEASE record")?;
                self.relations.drop_record();
                let message = format!("could not store this document: {err}");
                self.record_failure(record, &message)?;
                Ok(Outcome::Failed(message))
            }
        }
    }

    fn record_failure(&self, record: &ExtractRecord, error: &str) -> Result<()> {
        self.tx
            .prepare_cached("INSERT OR REPLACE INTO failures (source, content_id, error, at) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![record.source, record.id, error, self.now])?;
        Ok(())
    }

    fn write_record(&mut self, record: &ExtractRecord) -> Result<Outcome> {
        let url = url_of(&record.source);
        if self.already_stored(&record.id, url)? {
            return Ok(Outcome::Skipped);
        }
        let article = self.insert_article(record, url)?;
        let names: HashMap<&str, &EntityRecord> = record.entities.iter().map(|e| (e.id.as_str(), e)).collect();
        let mut stored = HashSet::with_capacity(record.entities.len());
        for entity in &record.entities {
            // An entity listed twice is stored once, as its first listing.
            if !stored.insert(entity.id.as_str()) {
                continue;
            }
            let mentions = entity.mentions.len() as i64;
            self.st.insert_entity.execute(params![article.id, entity.id, entity.name, entity.kind, entity.code, mentions])?;
        }
        let slicer = CharSlicer::new(&record.text);
        let first_paragraph_end = record.text.find("\n\n").unwrap_or(record.text.len());
        for event in &record.events {
            let is_root = slicer.byte(event.sentence.start) < first_paragraph_end;
            let mention = Mention { event, is_root, names: &names };
            self.merge_mention(&article, &mention)?;
        }
        for quote in &record.quotes {
            self.st.insert_quote.execute(params![
                article.id,
                quote.speaker,
                quote.speaker_name,
                quote.affiliation,
                quote.text,
                quote.direct,
                quote.span.start as i64,
                quote.span.end as i64
            ])?;
        }
        self.relations.keep_record();
        Ok(Outcome::Stored { article_id: article.id, events: record.events.len(), quotes: record.quotes.len() })
    }

    fn already_stored(&mut self, content_id: &str, url: Option<&str>) -> Result<bool> {
        let by_content = self.st.content_stored.exists([content_id])?;
        Ok(by_content || url.map(|url| self.st.url_stored.exists([url])).transpose()?.unwrap_or(false))
    }

    fn insert_article<'r>(&mut self, record: &'r ExtractRecord, url: Option<&str>) -> Result<Article<'r>> {
        let outlet = url.map(host_of).unwrap_or(&record.id).to_string();
        let id = self.st.insert_article.insert(params![
            record.id,
            record.source,
            url,
            outlet,
            record.title,
            record.published,
            record.language,
            record.text,
            self.now
        ])?;
        let published = record.published.as_deref().filter(|p| p.len() == 10);
        Ok(Article { id, published, outlet })
    }

    /// Adds `mention` to the stored event it reports, or stores a new event.
    fn merge_mention(&mut self, article: &Article, mention: &Mention) -> Result<()> {
        let event = mention.event;
        let is_symmetric = self.symmetric.contains(&event.code);
        let event_id = match crate::candidate::find(&mut self.st, article, event, is_symmetric)? {
            Some(id) => {
                crate::update::add_report(&mut self.st, &mut self.relations, id, article, event)?;
                id
            }
            None => crate::update::insert_event(&mut self.st, &mut self.relations, article, mention, is_symmetric, self.now)?,
        };
        self.st.insert_mention.execute(params![
            event_id,
            article.id,
            event.code,
            code_of(&event.source),
            code_of(&event.target),
            event.date,
            event.date_text,
            event.sentence.start as i64,
            event.sentence.end as i64,
            mention.is_root,
            event.modality,
            mention.name_of(event.attributed_to.as_deref()),
            event.confidence as f64,
            event.quantity.as_ref().map(|q| q.text.as_str())
        ])?;
        Ok(())
    }
}

/// The stored article a mention comes from.
pub(crate) struct Article<'r> {
    pub id: i64,
    pub published: Option<&'r str>,
    /// Who published it: the web host for a URL, else the article itself.
    pub outlet: String,
}

/// One event of one record, with what the store keeps of its context. Its
/// sentence is kept as the span into the stored article's text.
pub(crate) struct Mention<'r> {
    pub event: &'r EventRecord,
    pub is_root: bool,
    pub names: &'r HashMap<&'r str, &'r EntityRecord>,
}

impl<'r> Mention<'r> {
    /// The name of entity `entity`, or its id when the record does not name it.
    pub(crate) fn name_of<'a>(&'a self, entity: Option<&'a str>) -> Option<&'a str> {
        entity.map(|id| self.names.get(id).map_or(id, |e| e.name.as_str()))
    }
}

fn code_of(actor: &Option<ActorRecord>) -> Option<&str> {
    actor.as_ref().map(|a| a.code.as_str())
}

/// The source as a URL, when it is one.
fn url_of(source: &str) -> Option<&str> {
    let lower = source.get(..8).unwrap_or(source).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")).then_some(source.trim())
}

/// `news.example.org` of `https://www.news.example.org/a/b`.
fn host_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

/// The current time as `YYYY-MM-DDTHH:MM:SSZ`.
fn now() -> String {
    jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_their_hosts() {
        assert_eq!(url_of("https://www.example.org/a"), Some("https://www.example.org/a"));
        assert_eq!(url_of("news/a.txt"), None);
        assert_eq!(host_of("https://www.example.org/a?b"), "example.org");
        assert_eq!(host_of("http://wire.example.net"), "wire.example.net");
    }
}
