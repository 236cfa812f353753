//! `dossier ingest`: extract articles in parallel and store them.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use dossier::{collect_inputs, Extractor, ExtractorOptions};
use dossier_ingest::{Commit, Observer};
use dossier_store::Outcome;

use super::db::DbArgs;
use super::progress::Progress;

/// Extract every article under PATH and store the results in the database:
/// articles (searchable), actors, quotes, and events merged across articles
/// so that one real-world event reported by several outlets is stored once
/// with all its reports.
///
/// Safe to interrupt and to re-run: work is committed in batches, documents
/// already stored (same content, or same URL) are skipped, and files stored
/// whole before are not read again.
///
/// Examples:
///   dossier ingest news/
///   dossier ingest --db project.db --published 2024-03-18 notes/*.txt
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Files or directories to read; `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for inputs that carry none.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::filters::parse_day)]
    published: Option<jiff::civil::Date>,
    /// An extra dictionary file (see `dossier extract --help`). Repeatable.
    #[arg(long = "dict", value_name = "FILE")]
    dicts: Vec<PathBuf>,
    /// Documents per transaction: larger is faster, smaller loses less
    /// work when interrupted.
    #[arg(long, default_value_t = 2000, value_parser = clap::value_parser!(u64).range(1..))]
    batch: u64,
    #[command(flatten)]
    db: DbArgs,
}

/// Running totals for the summary line, kept by the writer thread.
struct Tally<'p> {
    progress: &'p Progress,
    new: u64,
    skipped: u64,
    failed: u64,
    events: u64,
    quotes: u64,
}

impl Observer for Tally<'_> {
    fn committed(&mut self, commit: &Commit<'_>) {
        for (record, outcome) in commit.records.iter().zip(commit.outcomes) {
            match outcome {
                Outcome::Stored { events, quotes, .. } => {
                    self.new += 1;
                    self.events += *events as u64;
                    self.quotes += *quotes as u64;
                }
                Outcome::Skipped => self.skipped += 1,
                Outcome::Failed(error) => {
                    self.failed += 1;
                    eprintln!("dossier: {}: {error}", record.source);
                }
            }
        }
        self.progress.advance(commit.bytes, self.new + self.skipped + self.failed);
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let db_path = args.db.path()?;
    let mut store = args.db.open()?;
    let extractor = Extractor::standard(ExtractorOptions { published: args.published, dicts: args.dicts })?;
    let (inputs, missing) = collect_inputs(&args.paths);
    for err in &missing {
        eprintln!("dossier: {err}");
    }
    let plan = dossier_ingest::plan(&store, inputs)?;
    let progress = Progress::new(plan.bytes());
    let mut tally = Tally { progress: &progress, new: 0, skipped: plan.skipped_documents, failed: 0, events: 0, quotes: 0 };
    let written = dossier_ingest::ingest(&mut store, &extractor, &plan.todo, args.batch as usize, &mut tally);
    progress.finish();
    written.context("could not store the extracted documents")?;
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "dossier: {} new documents, {} skipped as already stored, {} failed; {} events, {} quotes; {seconds:.1} s; database {}",
        tally.new,
        tally.skipped,
        tally.failed,
        tally.events,
        tally.quotes,
        db_path.display()
    );
    let nothing_read = tally.new + tally.skipped == 0 && (tally.failed > 0 || !missing.is_empty());
    Ok(if nothing_read { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
