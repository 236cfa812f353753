//! Per dyad and month: how many events of each quad class, and the
//! Goldstein sum, so a warming or cooling relation shows.

use rusqlite::params_from_iter;
use serde::Serialize;

use super::{prefix_bounds, text, Conditions};
use crate::{Result, Store};

/// Which dyads and months to list.
#[derive(Clone, Debug, Default)]
pub struct RelationFilter {
    /// An actor-code prefix on either side.
    pub actor: Option<String>,
    /// An actor-code prefix on the other side from `actor`.
    pub with: Option<String>,
    /// First month (`YYYY-MM`), inclusive.
    pub since: Option<String>,
    /// Last month (`YYYY-MM`), inclusive.
    pub until: Option<String>,
    pub limit: Option<usize>,
}

/// One directed dyad in one month.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RelationRow {
    pub source_code: String,
    pub target_code: String,
    /// `YYYY-MM`, empty for events of unknown date.
    pub month: String,
    pub events: u64,
    pub verbal_cooperation: u64,
    pub material_cooperation: u64,
    pub verbal_conflict: u64,
    pub material_conflict: u64,
    pub goldstein: f64,
}

impl Store {
    /// Rows of the per-dyad-month aggregate, by dyad then month.
    pub fn relations(&self, filter: &RelationFilter) -> Result<Vec<RelationRow>> {
        let mut c = Conditions::default();
        match (filter.actor.as_deref().or(filter.with.as_deref()), filter.actor.as_ref().and(filter.with.as_deref())) {
            (Some(actor), Some(with)) => {
                let (a, w) = (prefix_bounds(actor), prefix_bounds(with));
                let dyad = "(source_code BETWEEN ? AND ? AND target_code BETWEEN ? AND ?)";
                c.push(&format!("({dyad} OR {dyad})"), [a.clone(), w.clone(), w, a].into_iter().flatten());
            }
            (Some(actor), None) => {
                let a = prefix_bounds(actor);
                let either = "(source_code BETWEEN ? AND ? OR target_code BETWEEN ? AND ?)";
                c.push(either, [a.clone(), a].into_iter().flatten());
            }
            _ => {}
        }
        if let Some(since) = &filter.since {
            c.push("month >= ?", [text(since)]);
        }
        if let Some(until) = &filter.until {
            c.push("month <= ? AND month != ''", [text(until)]);
        }
        let sql = format!(
            "SELECT source_code, target_code, month, events, verbal_coop, material_coop, verbal_conflict,
             material_conflict, goldstein FROM relations{} ORDER BY source_code, target_code, month = '', month{}",
            c.where_sql(),
            c.limit_sql(filter.limit)
        );
        let mut statement = self.conn.prepare_cached(&sql)?;
        let rows = statement.query_map(params_from_iter(c.params.iter()), |r| {
            let count = |i| r.get::<_, i64>(i).map(|n| n as u64);
            Ok(RelationRow {
                source_code: r.get(0)?,
                target_code: r.get(1)?,
                month: r.get(2)?,
                events: count(3)?,
                verbal_cooperation: count(4)?,
                material_cooperation: count(5)?,
                verbal_conflict: count(6)?,
                material_conflict: count(7)?,
                goldstein: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
