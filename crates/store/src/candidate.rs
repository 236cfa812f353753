//! Finding the stored event a new report is about.

use dossier_core::contract::{ActorRecord, EventRecord};
use rusqlite::{params, OptionalExtension};

use crate::merge::{actor_key, equal_or_coarser, undated_window};
use crate::statements::Statements;
use crate::write::Article;
use crate::Result;

/// Matches with a compatible date, plus an orientation condition.
macro_rules! dated {
    ($orientation:literal) => {
        concat!(
            "SELECT id, length(date) FROM events
             WHERE root = ?1 AND key_a = ?2 AND key_b = ?3
               AND (date IN (?4, ?5, ?6) OR (date > ?7 AND date < ?8))",
            $orientation,
            " AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.id AND m.article_id = ?9)
             ORDER BY length(date) DESC, id LIMIT 1"
        )
    };
}

/// Undated matches published within the window.
macro_rules! undated {
    ($orientation:literal) => {
        concat!(
            "SELECT id, 0 FROM events
             WHERE root = ?1 AND key_a = ?2 AND key_b = ?3
               AND date IS NULL AND first_published BETWEEN ?4 AND ?5",
            $orientation,
            " AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.id AND m.article_id = ?6)
             ORDER BY id LIMIT 1"
        )
    };
}

// The orientation is spelled into the SQL rather than bound: SQLite
// re-prepares a statement whose plan depends on a bound value, every time.
pub(crate) const DATED_ANY: &str = dated!("");
pub(crate) const DATED_SYMMETRIC: &str = dated!(" AND symmetric = 1");
pub(crate) const UNDATED_ANY: &str = undated!("");
pub(crate) const UNDATED_SYMMETRIC: &str = undated!(" AND symmetric = 1");

/// A stored event and how precise its date is.
type Candidate = (i64, i64);

/// The stored event that `event` (from `article`) reports, if any: same
/// dyad in the event's direction (or either, when symmetric), same root,
/// compatible date, and not already reported by this article. The most
/// precisely dated match wins, then the oldest.
pub(crate) fn find(st: &mut Statements, article: &Article, event: &EventRecord, symmetric: bool) -> Result<Option<i64>> {
    let (a, b) = (actor_key(code_of(&event.source)), actor_key(code_of(&event.target)));
    let forward = find_oriented(st, article, event, (a, b), true)?;
    let backward = if a != b { find_oriented(st, article, event, (b, a), symmetric)? } else { None };
    let best = match (forward, backward) {
        (Some(f), Some(r)) => Some(if r.1 > f.1 || (r.1 == f.1 && r.0 < f.0) { r } else { f }),
        (f, r) => f.or(r),
    };
    Ok(best.map(|(id, _)| id))
}

/// A match stored with keys `(a, b)`; `any_event` false limits it to
/// events stored as symmetric.
fn find_oriented(
    st: &mut Statements,
    article: &Article,
    event: &EventRecord,
    (a, b): (&str, &str),
    any_event: bool,
) -> Result<Option<Candidate>> {
    let row = |r: &rusqlite::Row| Ok((r.get(0)?, r.get(1)?));
    let found = match (event.date.as_deref(), article.published) {
        (Some(date), _) => {
            let [year, month, day] = equal_or_coarser(date);
            let (above, below) = (format!("{date}-"), format!("{date}."));
            let statement = if any_event { &mut st.dated_any } else { &mut st.dated_symmetric };
            statement
                .query_row(params![event.root, a, b, year, month, day, above, below, article.id], row)
                .optional()?
        }
        (None, Some(published)) => match undated_window(published) {
            Some((from, to)) => {
                let statement = if any_event { &mut st.undated_any } else { &mut st.undated_symmetric };
                statement.query_row(params![event.root, a, b, from, to, article.id], row).optional()?
            }
            None => None,
        },
        (None, None) => None,
    };
    Ok(found)
}

fn code_of(actor: &Option<ActorRecord>) -> Option<&str> {
    actor.as_ref().map(|a| a.code.as_str())
}
