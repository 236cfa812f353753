//! Checking that a database is whole, e.g. after a crash.

use crate::{Result, Store};

impl Store {
    /// Checks the file (SQLite's integrity check), the full-text index,
    /// references between tables, and that the per-dyad-month aggregate
    /// counts every event once. `Ok(Err(problem))` describes the first
    /// problem found.
    pub fn check(&self) -> Result<std::result::Result<(), String>> {
        let verdict: String = self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if verdict != "ok" {
            return Ok(Err(format!("integrity check: {verdict}")));
        }
        if let Err(err) = self.conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')", []) {
            return Ok(Err(format!("full-text index: {err}")));
        }
        let dangling: i64 = self.conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))?;
        if dangling > 0 {
            return Ok(Err(format!("{dangling} rows refer to rows that do not exist")));
        }
        let (events, aggregated): (i64, i64) = self.conn.query_row(
            "SELECT (SELECT count(*) FROM events), (SELECT coalesce(sum(events), 0) FROM relations)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if events != aggregated {
            return Ok(Err(format!("{events} events but the relations aggregate counts {aggregated}")));
        }
        let unmentioned: i64 = self.conn.query_row(
            "SELECT count(*) FROM events e WHERE e.num_mentions != (SELECT count(*) FROM mentions m WHERE m.event_id = e.id)",
            [],
            |r| r.get(0),
        )?;
        if unmentioned > 0 {
            return Ok(Err(format!("{unmentioned} events whose mention count is wrong")));
        }
        Ok(Ok(()))
    }
}
