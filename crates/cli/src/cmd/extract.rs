//! `dossier extract`: print one JSON record per document.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::ValueEnum;
use dossier::{collect_inputs, Extractor, ExtractorOptions};

/// Print one JSON object per document (the dossier.extract/1 contract) on
/// standard output: cleaned text, actors, CAMEO events and quotes.
///
/// Inputs can be files, directories (read recursively) or `-` for standard
/// input. A document that cannot be read gets a line with an "error" field
/// and the run goes on; the exit status is 1 only when no input could be
/// read at all.
///
/// Examples:
///   dossier extract --published 2024-03-18 article.txt
///   dossier extract --format pretty news/
///   curl -s URL | dossier extract -
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Files or directories to read; `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for inputs that carry none, such as
    /// plain text; relative dates ("on the 18th", "last month") are resolved
    /// against it. When given, it also overrides a date found in the input.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    published: Option<jiff::civil::Date>,
    /// `json`: one compact object per line (JSON Lines); `pretty`: indented,
    /// for reading.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// An extra dictionary (gazetteer, name-shape lexicon of titles and head
    /// nouns, or CAMEO verb patterns, in the TSV formats of data/README.md)
    /// that adds to or overrides the embedded data. Repeatable. Check one
    /// first with `dossier dict check FILE`.
    #[arg(long = "dict", value_name = "FILE")]
    dicts: Vec<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Pretty,
}

fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    s.parse().map_err(|e| format!("expected a date as YYYY-MM-DD, such as 2024-03-18 ({e})"))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let extractor = Extractor::standard(ExtractorOptions { published: args.published, dicts: args.dicts })?;
    let (inputs, missing) = collect_inputs(&args.paths);
    for err in &missing {
        eprintln!("dossier: {err}");
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut read_any = false;
    extractor.extract_in_order(&inputs, |record| -> anyhow::Result<()> {
        read_any |= record.error.is_none();
        if let Some(error) = &record.error {
            eprintln!("dossier: {}: {error}", record.source);
        }
        match args.format {
            Format::Json => serde_json::to_writer(&mut out, &record)?,
            Format::Pretty => serde_json::to_writer_pretty(&mut out, &record)?,
        }
        out.write_all(b"\n")?;
        Ok(())
    })?;
    out.flush().context("could not write to standard output")?;
    Ok(if read_any { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
