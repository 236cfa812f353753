//! Merged events, newest first or as a timeline.

use rusqlite::params_from_iter;
use rusqlite::types::Value;
use serde::Serialize;

use super::{prefix_bounds, text, Conditions};
use crate::merge::{actor_key, key_length};
use crate::{Result, Store};

/// Which merged events to list; every field narrows the list.
#[derive(Clone, Debug, Default)]
pub struct EventFilter {
    /// An actor-code prefix that must be the source or the target.
    pub actor: Option<String>,
    /// An actor-code prefix on the other side of the dyad from `actor`.
    pub with: Option<String>,
    /// First day (`YYYY-MM-DD`, or a prefix such as `2023-09`), inclusive.
    pub since: Option<String>,
    /// Last day (`YYYY-MM-DD`, or a prefix), inclusive.
    pub until: Option<String>,
    /// A CAMEO code prefix (`04`, `042`).
    pub code: Option<String>,
    /// Only events reported by at least this many distinct sources.
    pub min_sources: Option<u32>,
    pub limit: Option<usize>,
}

/// One merged event as listed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventRow {
    pub id: i64,
    /// The most precise date reported (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
    pub date: Option<String>,
    /// The day it sorts by: the date's first day, else the first report's.
    pub day: String,
    pub code: String,
    pub root: String,
    pub quad: u8,
    pub goldstein: f64,
    pub source_code: String,
    pub source_name: Option<String>,
    pub target_code: String,
    pub target_name: Option<String>,
    pub modality: String,
    pub location: Option<String>,
    pub num_mentions: u32,
    pub num_sources: u32,
    /// Publication date of the earliest report.
    pub first_published: Option<String>,
    /// Where the earliest report came from.
    pub first_source: String,
    /// The earliest report's sentence.
    pub sentence: String,
}

/// The columns [`event_row`] reads, in order; the sentence is the first
/// report's, read from its article `a`.
pub(crate) const COLUMNS: &str = concat!(
    "e.id, e.date, e.day, e.code, e.root, e.quad, e.goldstein, e.source_code,
    e.source_name, e.target_code, e.target_name, e.modality, e.location, e.num_mentions, e.num_sources,
    e.first_published, a.source,
    (SELECT ",
    mention_sentence!(),
    " FROM mentions m WHERE m.event_id = e.id AND m.article_id = e.first_article LIMIT 1)"
);

/// The tables behind [`COLUMNS`].
pub(crate) const FROM: &str = " FROM events e JOIN articles a ON a.id = e.first_article";

impl Store {
    /// Merged events, newest first.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>> {
        self.list_events(filter, "e.day DESC, e.id DESC")
    }

    /// Merged events in chronological order, undated ones last.
    pub fn timeline(&self, filter: &EventFilter) -> Result<Vec<EventRow>> {
        self.list_events(filter, "e.day = '', e.day, e.id")
    }

    fn list_events(&self, filter: &EventFilter, order: &str) -> Result<Vec<EventRow>> {
        // Ordering by day through its index would visit every event to find
        // the few well-corroborated ones; `+` keeps SQLite on the
        // num_sources index and sorts what it finds. Every event has a
        // source, so a minimum of one filters nothing and orders by day.
        let corroborated = filter.min_sources.is_some_and(|n| n >= INDEXED_MIN_SOURCES);
        let order = if corroborated { order.replace("e.day", "+e.day") } else { order.to_string() };
        let mut conditions = match (&filter.actor, &filter.with, filter.limit) {
            (Some(actor), None, Some(limit)) => first_of_either_side(filter, actor, &order, limit),
            _ => event_conditions(filter),
        };
        let sql = format!("SELECT {COLUMNS}{FROM}{} ORDER BY {order}{}", conditions.where_sql(), conditions.limit_sql(filter.limit));
        let mut statement = self.conn.prepare_cached(&sql)?;
        let rows = statement.query_map(params_from_iter(conditions.params.iter()), event_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

pub(crate) fn event_row(r: &rusqlite::Row) -> rusqlite::Result<EventRow> {
    Ok(EventRow {
        id: r.get(0)?,
        date: r.get(1)?,
        day: r.get(2)?,
        code: r.get(3)?,
        root: r.get(4)?,
        quad: r.get(5)?,
        goldstein: r.get(6)?,
        source_code: r.get(7)?,
        source_name: r.get(8)?,
        target_code: r.get(9)?,
        target_name: r.get(10)?,
        modality: r.get(11)?,
        location: r.get(12)?,
        num_mentions: r.get(13)?,
        num_sources: r.get(14)?,
        first_published: r.get(15)?,
        first_source: r.get(16)?,
        sentence: r.get::<_, Option<String>>(17)?.unwrap_or_default(),
    })
}

/// The conditions of a limited one-actor listing. An actor takes part in a
/// large share of all events, so matching all of them and sorting would
/// read every one of their rows; instead each side (actor as source, actor
/// as target) contributes only its own first `limit` events in `order`,
/// and the final listing picks from those at most `2 × limit` candidates.
fn first_of_either_side(filter: &EventFilter, actor: &str, order: &str, limit: usize) -> Conditions {
    let rest = event_conditions(&EventFilter { actor: None, with: None, limit: None, ..filter.clone() });
    let rest_sql = rest.clauses.iter().map(|c| format!(" AND {c}")).collect::<String>();
    let side = |terms: &str| format!("SELECT id FROM (SELECT e.id FROM events e WHERE {terms}{rest_sql} ORDER BY {order} LIMIT {limit})");
    let (as_source, source_params) = source_terms(actor);
    let params = [source_params, rest.params.clone(), prefix_bounds(actor).to_vec(), rest.params.clone()].concat();
    let mut c = Conditions::default();
    c.push(&format!("e.id IN ({} UNION ALL {})", side(&as_source), side(TARGET_TERMS)), params);
    c
}

/// Events whose target's code starts with a prefix (its two bounds), found
/// through the `events_target` index.
const TARGET_TERMS: &str = "target_code BETWEEN ? AND ?";

/// Terms and their values selecting events whose source's code starts with
/// `prefix`, found through the `events_keys` index (schema version 8),
/// which leads with the source's actor key rather than its code. A code
/// starts with a prefix no longer than a key exactly when its key does
/// (`PRK` matches `PRKGOV`, whose key is `PRK`), and a whole key (`PRK`,
/// not `PR` or `IGO`) is then the key itself, which makes a dyad's events
/// one stretch of the index; a longer prefix (`PRKGOV`) fixes the key and
/// the code is tested as well.
fn source_terms(prefix: &str) -> (String, Vec<Value>) {
    key_terms("key_a", "source_code", prefix)
}

/// As [`source_terms`], for the target's key `key_b` and code.
fn target_key_terms(prefix: &str) -> (String, Vec<Value>) {
    key_terms("key_b", "target_code", prefix)
}

fn key_terms(key_column: &str, code_column: &str, prefix: &str) -> (String, Vec<Value>) {
    let prefix = prefix.trim().to_ascii_uppercase();
    let key = actor_key(Some(&prefix));
    if key == prefix && key.len() == key_length(key) {
        (format!("{key_column} = ?"), vec![text(key)])
    } else if key == prefix {
        (format!("{key_column} BETWEEN ? AND ?"), prefix_bounds(key).to_vec())
    } else {
        (format!("{key_column} = ? AND {code_column} BETWEEN ? AND ?"), [vec![text(key)], prefix_bounds(&prefix).to_vec()].concat())
    }
}

/// The WHERE conditions of `filter`. Dyad filters select ids through a
/// UNION of two index lookups, so a dyad's events are found without
/// scanning the table.
/// The fewest sources of the events in the `events_by_sources` index (the
/// `WHERE` of schema version 5).
const INDEXED_MIN_SOURCES: u32 = 2;

pub(crate) fn event_conditions(filter: &EventFilter) -> Conditions {
    let mut c = Conditions::default();
    match (filter.actor.as_deref().or(filter.with.as_deref()), filter.actor.as_ref().and(filter.with.as_deref())) {
        (Some(actor), Some(with)) => {
            let one_way = |source: &str, target: &str| {
                let ((s, s_params), (t, t_params)) = (source_terms(source), target_key_terms(target));
                (format!("SELECT id FROM events WHERE {s} AND {t}"), [s_params, t_params].concat())
            };
            let ((forward, f_params), (backward, b_params)) = (one_way(actor, with), one_way(with, actor));
            c.push(&format!("e.id IN ({forward} UNION ALL {backward})"), [f_params, b_params].concat());
        }
        (Some(actor), None) => {
            let (as_source, params) = source_terms(actor);
            let sql = format!("e.id IN (SELECT id FROM events WHERE {as_source} UNION SELECT id FROM events WHERE {TARGET_TERMS})");
            c.push(&sql, [params, prefix_bounds(actor).to_vec()].concat());
        }
        _ => {}
    }
    if let Some(since) = &filter.since {
        c.push("e.day >= ?", [text(since)]);
    }
    if let Some(until) = &filter.until {
        c.push("e.day <= ? AND e.day != ''", [text(&format!("{until}\u{10FFFF}"))]);
    }
    if let Some(code) = &filter.code {
        c.push("e.code BETWEEN ? AND ?", [text(code), text(&format!("{code}\u{10FFFF}"))]);
    }
    if let Some(n) = filter.min_sources {
        c.push("e.num_sources >= ?", [rusqlite::types::Value::Integer(n.into())]);
        if n >= INDEXED_MIN_SOURCES {
            // Spelled out so that SQLite may use the index, which holds only
            // these events: it cannot see that a bound value is at least 2.
            c.push(&format!("e.num_sources >= {INDEXED_MIN_SOURCES}"), []);
        }
    }
    c
}
