//! Filter options shared by the event verbs.

use dossier_store::EventFilter;

/// Which merged events a verb works on.
#[derive(clap::Args, Clone, Debug)]
pub struct EventFilterArgs {
    /// Actor code, matched as a prefix (PRK matches PRKGOV, PRKMIL), on
    /// either side of the event.
    #[arg(long, value_name = "CODE")]
    actor: Option<String>,
    /// Actor code (prefix) on the other side from --actor.
    #[arg(long = "with", value_name = "CODE")]
    with: Option<String>,
    /// Events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date_prefix)]
    since: Option<String>,
    /// Events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date_prefix)]
    until: Option<String>,
    /// CAMEO event code, matched as a prefix (04 = all consultations).
    #[arg(long, value_name = "CODE")]
    code: Option<String>,
    /// Only events reported by at least this many distinct sources.
    #[arg(long, value_name = "N")]
    min_sources: Option<u32>,
}

impl EventFilterArgs {
    pub fn filter(&self, limit: Option<usize>) -> EventFilter {
        EventFilter {
            actor: self.actor.clone(),
            with: self.with.clone(),
            since: self.since.clone(),
            until: self.until.clone(),
            code: self.code.clone(),
            min_sources: self.min_sources,
            limit,
        }
    }
}

/// Accepts `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn parse_date_prefix(s: &str) -> Result<String, String> {
    match dossier_core::DateValue::parse(s) {
        Some(date) => Ok(date.to_string()),
        None => Err("expected a date as YYYY, YYYY-MM or YYYY-MM-DD, such as 2023-09".to_string()),
    }
}

/// Accepts a full `YYYY-MM-DD` day.
pub fn parse_day(s: &str) -> Result<jiff::civil::Date, String> {
    s.parse().map_err(|e| format!("expected a date as YYYY-MM-DD, such as 2024-03-18 ({e})"))
}
