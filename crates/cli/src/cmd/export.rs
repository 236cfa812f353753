//! `dossier export`: merged events for other tools.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use clap::ValueEnum;
use dossier_store::{gdelt_row, EventRow};

use super::db::DbArgs;
use super::filters::EventFilterArgs;
use super::output::Tabular;

/// Write merged events to standard output for other tools: GDELT 2.0
/// event-table rows (tab-separated, GDELT's 61 columns in GDELT's order, no
/// header, as GDELT publishes them), JSON Lines with every mention, or CSV.
///
/// Examples:
///   dossier export --format gdelt > events.export.CSV
///   dossier export --format jsonl --actor PRK > prk.jsonl
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[arg(long, value_enum, default_value_t = ExportFormat::Gdelt)]
    format: ExportFormat,
    #[command(flatten)]
    filters: EventFilterArgs,
    /// At most this many events (default: all).
    #[arg(long)]
    limit: Option<usize>,
    #[command(flatten)]
    db: DbArgs,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    /// GDELT 2.0 event table.
    Gdelt,
    /// One JSON object per event, with its mentions.
    Jsonl,
    /// The columns of `dossier events`, untruncated.
    Csv,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.db.open_existing()?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let filter = args.filters.filter(args.limit);
    let mut failure: Option<anyhow::Error> = None;
    if matches!(args.format, ExportFormat::Csv) {
        write_csv(EventRow::HEADERS, &mut out)?;
    }
    store.export(&filter, matches!(args.format, ExportFormat::Jsonl), |event| {
        let written = match args.format {
            ExportFormat::Gdelt => writeln!(out, "{}", gdelt_row(&event)).map_err(anyhow::Error::from),
            ExportFormat::Jsonl => serde_json::to_writer(&mut out, &event)
                .map_err(anyhow::Error::from)
                .and_then(|_| out.write_all(b"\n").map_err(anyhow::Error::from)),
            ExportFormat::Csv => write_csv(&event.event.cells(), &mut out),
        };
        if let Err(err) = written {
            failure.get_or_insert(err);
        }
        Ok(())
    })?;
    if let Some(err) = failure {
        return Err(err.context("could not write the export to standard output"));
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Writes one CSV line (quoted where needed) to `out`.
fn write_csv<S: AsRef<[u8]>>(cells: &[S], out: &mut impl Write) -> anyhow::Result<()> {
    let mut line = csv::Writer::from_writer(Vec::new());
    line.write_record(cells)?;
    out.write_all(&line.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?)?;
    Ok(())
}
