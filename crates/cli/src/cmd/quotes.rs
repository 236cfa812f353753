//! `dossier quotes`: who said what, and where it was reported.

use std::process::ExitCode;

use dossier_store::{QuoteFilter, QuoteRow};

use super::db::DbArgs;
use super::filters::parse_date_prefix;
use super::output::{self, human_date, Format, Tabular};

/// List quotes, newest article first.
///
/// Examples:
///   dossier quotes --speaker lavrov
///   dossier quotes --since 2024-01 --format json
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Part of the speaker's name, any case.
    #[arg(long, value_name = "NAME")]
    speaker: Option<String>,
    /// Articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date_prefix)]
    since: Option<String>,
    /// Articles published on or before this date.
    #[arg(long, value_name = "DATE", value_parser = parse_date_prefix)]
    until: Option<String>,
    /// At most this many quotes (0: all).
    #[arg(long, default_value_t = 50)]
    limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(flatten)]
    db: DbArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.db.open_existing()?;
    let filter = QuoteFilter { speaker: args.speaker, since: args.since, until: args.until, limit: output::limit(args.limit) };
    output::print(&store.quotes(&filter)?, args.format)?;
    Ok(ExitCode::SUCCESS)
}

impl Tabular for QuoteRow {
    const HEADERS: &'static [&'static str] = &["PUBLISHED", "SPEAKER", "AFFILIATION", "QUOTE", "KIND", "SOURCE"];
    const WIDTHS: &'static [usize] = &[0, 24, 24, 70, 0, 32];

    fn cells(&self) -> Vec<String> {
        vec![
            self.published.as_deref().map(human_date).unwrap_or_default(),
            self.speaker_name.clone(),
            self.affiliation.clone().unwrap_or_default(),
            self.text.clone(),
            if self.direct { "direct" } else { "indirect" }.to_string(),
            self.source.clone(),
        ]
    }
}
