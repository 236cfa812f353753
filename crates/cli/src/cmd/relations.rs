//! `dossier relations`: per dyad and month, events by quad class and the
//! Goldstein sum, so warming or cooling shows.

use std::process::ExitCode;

use dossier_store::{RelationFilter, RelationRow};

use super::db::DbArgs;
use super::filters::parse_date_prefix;
use super::output::{self, human_date, Format, Tabular};

/// Show, for each directed dyad and month, how many events of each quad
/// class (verbal/material cooperation, verbal/material conflict) there
/// were and the sum of their Goldstein scores: a rising sum is a warming
/// relation, a falling one a cooling relation.
///
/// Examples:
///   dossier relations --actor PRK --with RUS
///   dossier relations --actor CHN --since 2023-01 --format csv
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Actor code (prefix) on either side.
    #[arg(long, value_name = "CODE")]
    actor: Option<String>,
    /// Actor code (prefix) on the other side from --actor.
    #[arg(long = "with", value_name = "CODE")]
    with: Option<String>,
    /// First month (YYYY-MM).
    #[arg(long, value_name = "DATE", value_parser = parse_date_prefix)]
    since: Option<String>,
    /// Last month (YYYY-MM).
    #[arg(long, value_name = "DATE", value_parser = parse_date_prefix)]
    until: Option<String>,
    /// At most this many rows (0: all).
    #[arg(long, default_value_t = 0)]
    limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(flatten)]
    db: DbArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.db.open_existing()?;
    let month = |d: Option<String>| d.map(|d| d.chars().take(7).collect());
    let filter = RelationFilter {
        actor: args.actor,
        with: args.with,
        since: month(args.since),
        until: month(args.until),
        limit: output::limit(args.limit),
    };
    output::print(&store.relations(&filter)?, args.format)?;
    Ok(ExitCode::SUCCESS)
}

impl Tabular for RelationRow {
    const HEADERS: &'static [&'static str] =
        &["SOURCE", "TARGET", "MONTH", "EVENTS", "VERB COOP", "MAT COOP", "VERB CONFL", "MAT CONFL", "GOLDSTEIN"];
    const WIDTHS: &'static [usize] = &[];

    fn cells(&self) -> Vec<String> {
        vec![
            self.source_code.clone(),
            self.target_code.clone(),
            if self.month.is_empty() { "undated".to_string() } else { human_date(&self.month) },
            self.events.to_string(),
            self.verbal_cooperation.to_string(),
            self.material_cooperation.to_string(),
            self.verbal_conflict.to_string(),
            self.material_conflict.to_string(),
            format!("{:+.1}", self.goldstein),
        ]
    }
}
