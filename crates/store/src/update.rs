//! Creating a merged event, or adding a report to one, keeping the
//! per-dyad-month aggregate in step.

use dossier_core::contract::{ActorRecord, EventRecord};
use rusqlite::{params, Transaction};

use crate::merge::{earlier, modality_strength, month_of, more_precise, sort_day};
use crate::write::{Article, Mention};
use crate::Result;

/// Stores `mention` as a new event reported once, and returns its id.
pub(crate) fn insert_event(tx: &Transaction, article: &Article, mention: &Mention, symmetric: bool, now: &str) -> Result<i64> {
    let event = mention.event;
    let entity = |a: &Option<ActorRecord>| a.as_ref().map(|a| a.entity.clone());
    let (source, target) = (code_of(&event.source), code_of(&event.target));
    let day = sort_day(event.date.as_deref(), article.published);
    tx.prepare_cached(
        "INSERT INTO events (code, root, quad, goldstein, source_code, source_name, target_code, target_name,
            key_a, key_b, symmetric, date, day, first_published, first_article, modality, location,
            num_mentions, num_sources, added_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, 1, 1, ?18)",
    )?
    .execute(params![
        event.code,
        event.root,
        event.quad,
        event.goldstein as f64,
        source,
        mention.name_of(entity(&event.source).as_deref()),
        target,
        mention.name_of(entity(&event.target).as_deref()),
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
    let id = tx.last_insert_rowid();
    let tally = Tally { source, target, quad: event.quad, goldstein: event.goldstein as f64 };
    adjust_relation(tx, &tally, month_of(&day), 1)?;
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
pub(crate) fn add_report(tx: &Transaction, id: i64, article: &Article, event: &EventRecord) -> Result<()> {
    let old = tx.prepare_cached(
        "SELECT date, day, first_published, first_article, modality, source_code, target_code, quad, goldstein
         FROM events WHERE id = ?1",
    )?
    .query_row([id], |r| {
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
    let new_outlet: bool = tx
        .prepare_cached(
            "SELECT NOT EXISTS (SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id
             WHERE m.event_id = ?1 AND a.outlet = ?2)",
        )?
        .query_row(params![id, article.outlet], |r| r.get(0))?;
    let day = sort_day(date, first_published);
    if month_of(&day) != month_of(&old.day) {
        let tally = Tally { source: &old.source, target: &old.target, quad: old.quad, goldstein: old.goldstein };
        adjust_relation(tx, &tally, month_of(&old.day), -1)?;
        adjust_relation(tx, &tally, month_of(&day), 1)?;
    }
    tx.prepare_cached(
        "UPDATE events SET date = ?2, day = ?3, first_published = ?4, first_article = ?5, modality = ?6,
            num_mentions = num_mentions + 1, num_sources = num_sources + ?7
         WHERE id = ?1",
    )?
    .execute(params![id, date, day, first_published, first_article, modality, new_outlet as i64])?;
    Ok(())
}

/// One event's contribution to the per-dyad-month aggregate.
struct Tally<'a> {
    source: &'a str,
    target: &'a str,
    quad: u8,
    goldstein: f64,
}

/// Adds (`sign` 1) or removes (`sign` -1) one event from its dyad's month.
fn adjust_relation(tx: &Transaction, tally: &Tally, month: &str, sign: i64) -> Result<()> {
    let quad = |q: u8| if tally.quad == q { sign } else { 0 };
    tx.prepare_cached(
        "INSERT INTO relations (source_code, target_code, month, events, verbal_coop, material_coop,
            verbal_conflict, material_conflict, goldstein)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (source_code, target_code, month) DO UPDATE SET
            events = events + excluded.events,
            verbal_coop = verbal_coop + excluded.verbal_coop,
            material_coop = material_coop + excluded.material_coop,
            verbal_conflict = verbal_conflict + excluded.verbal_conflict,
            material_conflict = material_conflict + excluded.material_conflict,
            goldstein = goldstein + excluded.goldstein",
    )?
    .execute(params![
        tally.source,
        tally.target,
        month,
        sign,
        quad(1),
        quad(2),
        quad(3),
        quad(4),
        tally.goldstein * sign as f64
    ])?;
    if sign < 0 {
        tx.prepare_cached("DELETE FROM relations WHERE source_code = ?1 AND target_code = ?2 AND month = ?3 AND events <= 0")?
            .execute(params![tally.source, tally.target, month])?;
    }
    Ok(())
}

fn code_of(actor: &Option<ActorRecord>) -> &str {
    actor.as_ref().map_or("", |a| a.code.as_str())
}
