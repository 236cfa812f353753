//! Creating a merged event, or adding a report to one, keeping the
//! per-dyad-month aggregate in step.

use dossier_core::contract::{ActorRecord, EventRecord};
use rusqlite::params;

use crate::merge::{earlier, modality_strength, month_of, more_precise, sort_day};
use crate::statements::Statements;
use crate::tally::{PendingRelations, Tally};
use crate::write::{Article, Mention};
use crate::Result;

pub(crate) const INSERT_EVENT: &str = "INSERT INTO events (code, root, quad, goldstein, source_code, source_name, target_code,
        target_name, key_a, key_b, symmetric, date, day, first_published, first_article, modality, location,
        num_mentions, num_sources, added_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, 1, 1, ?18)";
pub(crate) const STORED_EVENT: &str =
    "SELECT date, day, first_published, first_article, modality, source_code, target_code, quad, goldstein
     FROM events WHERE id = ?1";
pub(crate) const NEW_OUTLET: &str = "SELECT NOT EXISTS (SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id
     WHERE m.event_id = ?1 AND a.outlet = ?2)";
pub(crate) const UPDATE_EVENT: &str = "UPDATE events SET date = ?2, day = ?3, first_published = ?4, first_article = ?5, modality = ?6,
        num_mentions = num_mentions + 1, num_sources = num_sources + ?7
     WHERE id = ?1";

/// Stores `mention` as a new event reported once, and returns its id.
pub(crate) fn insert_event(
    st: &mut Statements,
    relations: &mut PendingRelations,
    article: &Article,
    mention: &Mention,
    symmetric: bool,
    now: &str,
) -> Result<i64> {
    let event = mention.event;
    let (source, target) = (code_of(&event.source), code_of(&event.target));
    let day = sort_day(event.date.as_deref(), article.published);
    let id = st.insert_event.insert(params![
        event.code,
        event.root,
        event.quad,
        event.goldstein as f64,
        source,
        mention.name_of(entity_of(&event.source)),
        target,
        mention.name_of(entity_of(&event.target)),
        crate::merge::actor_key(Some(source)),
        crate::merge::actor_key(Some(target)),
        symmetric,
        event.date,
        day,
        article.published,
        article.id,
        event.modality,
        mention.name_of(event.location.as_deref()),
        now
    ])?;
    let tally = Tally { source, target, quad: event.quad, goldstein: event.goldstein as f64 };
    relations.adjust(&tally, month_of(&day), 1);
    Ok(id)
}

/// What the stored event looked like before a new report.
struct Stored {
    date: Option<String>,
    day: String,
    first_published: Option<String>,
    first_article: i64,
    modality: String,
    source: String,
    target: String,
    quad: u8,
    goldstein: f64,
}

/// Adds a report from `article` to event `id`: a more precise date, an
/// earlier first report or a firmer modality replace the stored ones, and a
/// new outlet counts as one more source.
pub(crate) fn add_report(
    st: &mut Statements,
    relations: &mut PendingRelations,
    id: i64,
    article: &Article,
    event: &EventRecord,
) -> Result<()> {
    let old = st.stored_event.query_row([id], |r| {
        Ok(Stored {
            date: r.get(0)?,
            day: r.get(1)?,
            first_published: r.get(2)?,
            first_article: r.get(3)?,
            modality: r.get(4)?,
            source: r.get(5)?,
            target: r.get(6)?,
            quad: r.get(7)?,
            goldstein: r.get(8)?,
        })
    })?;
    let date = more_precise(old.date.as_deref(), event.date.as_deref());
    let first_published = earlier(old.first_published.as_deref(), article.published);
    let reported_first = article.published.is_some() && first_published == article.published && old.first_published.as_deref() != article.published;
    let first_article = if reported_first { article.id } else { old.first_article };
    let modality = if modality_strength(&event.modality) > modality_strength(&old.modality) { &event.modality } else { &old.modality };
    let new_outlet: bool = st.new_outlet.query_row(params![id, article.outlet], |r| r.get(0))?;
    let day = sort_day(date, first_published);
    if month_of(&day) != month_of(&old.day) {
        let tally = Tally { source: &old.source, target: &old.target, quad: old.quad, goldstein: old.goldstein };
        relations.adjust(&tally, month_of(&old.day), -1);
        relations.adjust(&tally, month_of(&day), 1);
    }
    st.update_event.execute(params![id, date, day, first_published, first_article, modality, new_outlet as i64])?;
    Ok(())
}

fn entity_of(actor: &Option<ActorRecord>) -> Option<&str> {
    actor.as_ref().map(|a| a.entity.as_str())
}

fn code_of(actor: &Option<ActorRecord>) -> &str {
    actor.as_ref().map_or("", |a| a.code.as_str())
}
