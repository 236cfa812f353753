//! `dossier actors`: who appears, how often, with which codes.

use std::process::ExitCode;

use dossier_store::{ActorFilter, ActorRow};

use super::db::DbArgs;
use super::output::{self, Format, Tabular};

/// List the actors (countries, people, organisations) of the stored
/// articles, most often mentioned first, with their CAMEO actor codes.
///
/// Examples:
///   dossier actors
///   dossier actors --actor RUS --format csv
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Only actors whose code starts with this (RUS: RUS, RUSGOV, RUSMIL).
    #[arg(long, value_name = "CODE")]
    actor: Option<String>,
    /// At most this many actors (0: all).
    #[arg(long, default_value_t = 50)]
    limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(flatten)]
    db: DbArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.db.open_existing()?;
    let rows = store.actors(&ActorFilter { actor: args.actor, limit: output::limit(args.limit) })?;
    output::print(&rows, args.format)?;
    Ok(ExitCode::SUCCESS)
}

impl Tabular for ActorRow {
    const HEADERS: &'static [&'static str] = &["NAME", "CODE", "TYPE", "ARTICLES", "MENTIONS", "ID"];
    const WIDTHS: &'static [usize] = &[40, 0, 0, 0, 0, 32];

    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.code.clone().unwrap_or_default(),
            self.kind.clone(),
            self.articles.to_string(),
            self.mentions.to_string(),
            self.entity.clone(),
        ]
    }
}
