//! `dossier show ID`: one merged event with every report of it.

use std::io::Write;
use std::process::ExitCode;

use dossier_store::MentionRow;

use super::db::DbArgs;
use super::events::{actor, quad_name, when};
use super::output::{self, human_date, Format, Tabular};

/// Show one merged event (ids come from `dossier events` or `timeline`)
/// with every article that reported it: the sentence, its modality, who it
/// was attributed to and the extractor's confidence.
///
/// Example:
///   dossier show 42
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The event id.
    id: i64,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(flatten)]
    db: DbArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.db.open_existing()?;
    let detail = store.show(args.id)?;
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(std::io::stdout().lock(), &detail)?;
            println!();
        }
        Format::Csv => output::print(&detail.mentions, Format::Csv)?,
        Format::Table => {
            let e = &detail.event;
            let mut out = std::io::stdout().lock();
            writeln!(out, "event {}: {} {} {}", e.id, actor(&e.source_code, e.source_name.as_deref()), e.code, actor(&e.target_code, e.target_name.as_deref()))?;
            writeln!(out, "  when:     {}", when(e))?;
            writeln!(out, "  class:    {} (Goldstein {:+.1})", quad_name(e.quad), e.goldstein)?;
            writeln!(out, "  sources:  {} distinct, {} reports; first {}", e.num_sources, e.num_mentions, e.first_source)?;
            if let Some(location) = &e.location {
                writeln!(out, "  where:    {location}")?;
            }
            writeln!(out)?;
            drop(out);
            output::print(&detail.mentions, Format::Table)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

impl Tabular for MentionRow {
    const HEADERS: &'static [&'static str] =
        &["PUBLISHED", "SOURCE", "CODE", "DATE", "MODALITY", "ATTRIBUTED TO", "CONF", "SENTENCE"];
    const WIDTHS: &'static [usize] = &[0, 36, 0, 0, 0, 20, 0, 80];

    fn cells(&self) -> Vec<String> {
        vec![
            self.published.as_deref().map(human_date).unwrap_or_default(),
            self.source.clone(),
            self.code.clone(),
            self.date.as_deref().map(human_date).unwrap_or_default(),
            self.modality.clone(),
            self.attributed_to.clone().unwrap_or_default(),
            format!("{:.2}", self.confidence),
            self.sentence.clone(),
        ]
    }
}
