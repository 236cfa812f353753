//! The per-dyad-month aggregate's changes during one batch, written once per
//! dyad-month when the batch ends rather than once per event: a batch adds
//! many events to the same few dyads.

use rusqlite::{params, OptionalExtension};
use rustc_hash::FxHashMap;

use crate::statements::Statements;
use crate::Result;

pub(crate) const RELATION: &str = "SELECT events, verbal_coop, material_coop, verbal_conflict, material_conflict, goldstein
     FROM relations WHERE source_code = ?1 AND target_code = ?2 AND month = ?3";
pub(crate) const SET_RELATION: &str = "INSERT INTO relations (source_code, target_code, month, events, verbal_coop, material_coop,
        verbal_conflict, material_conflict, goldstein)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
     ON CONFLICT (source_code, target_code, month) DO UPDATE SET
        events = excluded.events,
        verbal_coop = excluded.verbal_coop,
        material_coop = excluded.material_coop,
        verbal_conflict = excluded.verbal_conflict,
        material_conflict = excluded.material_conflict,
        goldstein = excluded.goldstein";
pub(crate) const DELETE_RELATION: &str = "DELETE FROM relations WHERE source_code = ?1 AND target_code = ?2 AND month = ?3";

/// One event's contribution to the per-dyad-month aggregate.
pub(crate) struct Tally<'a> {
    pub(crate) source: &'a str,
    pub(crate) target: &'a str,
    pub(crate) quad: u8,
    pub(crate) goldstein: f64,
}

/// Source code, target code, month.
type DyadMonth = (String, String, String);

/// One event added to (`sign` 1) or removed from (`sign` -1) a dyad-month.
struct Change {
    quad: u8,
    goldstein: f64,
    sign: i64,
}

/// A dyad-month's row of the aggregate.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Counts {
    events: i64,
    /// Events of quad classes 1 to 4.
    quads: [i64; 4],
    goldstein: f64,
}

impl Counts {
    /// The row after `change`, `None` when it no longer counts an event.
    /// The Goldstein sum is added to in the order the events came, as one
    /// `UPDATE` per event would: a float sum depends on its order.
    fn after(row: Option<Counts>, change: &Change) -> Option<Counts> {
        let quads = [1, 2, 3, 4].map(|q| if change.quad == q { change.sign } else { 0 });
        let goldstein = change.goldstein * change.sign as f64;
        let row = match row {
            None => Counts { events: change.sign, quads, goldstein },
            Some(old) => Counts {
                events: old.events + change.sign,
                quads: [0, 1, 2, 3].map(|i| old.quads[i] + quads[i]),
                goldstein: old.goldstein + goldstein,
            },
        };
        (change.sign > 0 || row.events > 0).then_some(row)
    }
}

/// Changes to the aggregate not yet written, in the order they were made.
#[derive(Default)]
pub(crate) struct PendingRelations {
    by_dyad_month: FxHashMap<DyadMonth, Vec<Change>>,
    /// The changes of the record being written, kept apart until the
    /// record is stored whole.
    record: Vec<(DyadMonth, Change)>,
}

impl PendingRelations {
    /// Adds (`sign` 1) or removes (`sign` -1) one event from its dyad's month.
    pub(crate) fn adjust(&mut self, tally: &Tally, month: &str, sign: i64) {
        let key = (tally.source.to_string(), tally.target.to_string(), month.to_string());
        self.record.push((key, Change { quad: tally.quad, goldstein: tally.goldstein, sign }));
    }

    /// Keeps the changes of the record just stored.
    pub(crate) fn keep_record(&mut self) {
        for (key, change) in self.record.drain(..) {
            self.by_dyad_month.entry(key).or_default().push(change);
        }
    }

    /// Forgets the changes of a record that was refused.
    pub(crate) fn drop_record(&mut self) {
        self.record.clear();
    }

    /// Writes every changed dyad-month once.
    pub(crate) fn write(self, st: &mut Statements) -> Result<()> {
        for ((source, target, month), changes) in &self.by_dyad_month {
            let stored = stored_counts(st, source, target, month)?;
            match changes.iter().fold(stored, Counts::after) {
                Some(c) => {
                    let [q1, q2, q3, q4] = c.quads;
                    st.set_relation.execute(params![source, target, month, c.events, q1, q2, q3, q4, c.goldstein])?;
                }
                None if stored.is_some() => {
                    st.delete_relation.execute(params![source, target, month])?;
                }
                None => {}
            }
        }
        Ok(())
    }
}

fn stored_counts(st: &mut Statements, source: &str, target: &str, month: &str) -> Result<Option<Counts>> {
    let counts = st
        .relation
        .query_row(params![source, target, month], |r| {
            Ok(Counts { events: r.get(0)?, quads: [r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?], goldstein: r.get(5)? })
        })
        .optional()?;
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(quad: u8, goldstein: f64, sign: i64) -> Change {
        Change { quad, goldstein, sign }
    }

    #[test]
    fn a_dyad_month_counts_its_events_by_quad_class() {
        let changes = [change(1, 3.4, 1), change(4, -10.0, 1), change(1, 1.9, 1)];
        let row = changes.iter().fold(None, Counts::after).unwrap();
        assert_eq!(row, Counts { events: 3, quads: [2, 0, 0, 1], goldstein: (3.4 - 10.0) + 1.9 });
    }

    #[test]
    fn the_last_event_removed_removes_the_row_and_a_new_one_starts_afresh() {
        let changes = [change(2, 7.4, 1), change(2, 7.4, -1)];
        assert_eq!(changes.iter().fold(None, Counts::after), None);
        let again = [change(2, 7.4, 1), change(2, 7.4, -1), change(3, -2.0, 1)];
        assert_eq!(again.iter().fold(None, Counts::after), Some(Counts { events: 1, quads: [0, 0, 1, 0], goldstein: -2.0 }));
    }

    #[test]
    fn removing_from_a_missing_row_leaves_no_row() {
        assert_eq!(Counts::after(None, &change(1, 1.0, -1)), None);
    }
}
