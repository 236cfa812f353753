//! `dossier search TEXT`: full-text search over the stored articles.

use std::process::ExitCode;

use dossier_store::SearchHit;

use super::db::DbArgs;
use super::output::{self, human_date, Format, Tabular};

/// Find stored articles containing every word of TEXT, best match first,
/// with the passage that matched (matches in [brackets]).
///
/// Examples:
///   dossier search "grain exports"
///   dossier search sanctions --limit 5 --format json
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Words to look for.
    #[arg(required = true, value_name = "TEXT")]
    text: Vec<String>,
    /// At most this many articles (0: all).
    #[arg(long, default_value_t = 20)]
    limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(flatten)]
    db: DbArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.db.open_existing()?;
    let hits = store.search(&args.text.join(" "), output::limit(args.limit))?;
    output::print(&hits, args.format)?;
    Ok(ExitCode::SUCCESS)
}

impl Tabular for SearchHit {
    const HEADERS: &'static [&'static str] = &["PUBLISHED", "SOURCE", "TITLE", "MATCH"];
    const WIDTHS: &'static [usize] = &[0, 36, 36, 80];

    fn cells(&self) -> Vec<String> {
        vec![
            self.published.as_deref().map(human_date).unwrap_or_default(),
            self.source.clone(),
            self.title.clone().unwrap_or_default(),
            self.snippet.clone(),
        ]
    }
}
