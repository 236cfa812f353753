//! Who appears in the stored articles.

use rusqlite::params_from_iter;
use serde::Serialize;

use super::{prefix_bounds, Conditions};
use crate::{Result, Store};

/// Which actors to list.
#[derive(Clone, Debug, Default)]
pub struct ActorFilter {
    /// An actor-code prefix (`PRK` lists PRK, PRKGOV, PRKMIL).
    pub actor: Option<String>,
    pub limit: Option<usize>,
}

/// One actor (entity) and how often it appears.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ActorRow {
    pub entity: String,
    pub name: String,
    pub kind: String,
    pub code: Option<String>,
    /// Articles that mention it.
    pub articles: u64,
    /// Mentions over all articles.
    pub mentions: u64,
}

impl Store {
    /// Actors by the number of articles that mention them, most first.
    pub fn actors(&self, filter: &ActorFilter) -> Result<Vec<ActorRow>> {
        let mut c = Conditions::default();
        if let Some(actor) = &filter.actor {
            c.push("code BETWEEN ? AND ?", prefix_bounds(actor));
        }
        let sql = format!(
            "SELECT entity, max(name), max(kind), max(code), count(*), sum(mentions) FROM entities{}
             GROUP BY entity ORDER BY count(*) DESC, sum(mentions) DESC, entity{}",
            c.where_sql(),
            c.limit_sql(filter.limit)
        );
        let mut statement = self.conn.prepare_cached(&sql)?;
        let rows = statement.query_map(params_from_iter(c.params.iter()), |r| {
            Ok(ActorRow {
                entity: r.get(0)?,
                name: r.get(1)?,
                kind: r.get(2)?,
                code: r.get(3)?,
                articles: r.get::<_, i64>(4)? as u64,
                mentions: r.get::<_, i64>(5)? as u64,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
