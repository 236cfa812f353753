//! `dossier ingest`: extract articles in parallel and store them.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::time::{Duration, Instant};

use anyhow::Context;
use dossier::{collect_inputs, Extractor, ExtractorOptions, InputPath};
use dossier_core::contract::ExtractRecord;
use dossier_store::{InputStamp, Outcome, Store};
use rayon::prelude::*;

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

/// One input's extracted records, sent from a worker to the writer.
struct Extracted {
    records: Vec<ExtractRecord>,
    stamp: Option<InputStamp>,
    bytes: u64,
}

/// Records gathered for one transaction.
#[derive(Default)]
struct Batch {
    records: Vec<ExtractRecord>,
    stamps: Vec<InputStamp>,
    bytes: u64,
}

/// Running totals for the summary line.
#[derive(Default)]
struct Tally {
    new: u64,
    skipped: u64,
    failed: u64,
    events: u64,
    quotes: u64,
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
    let mut tally = Tally::default();
    let todo = unfinished(&store, inputs, &mut tally)?;
    let total_bytes = todo.iter().map(|(_, stamp)| stamp.as_ref().map_or(0, |s| s.size)).sum();
    let progress = Progress::new(total_bytes);
    let (sender, receiver) = sync_channel::<Extracted>(64);
    // One batch waits while another is written, so extraction goes on
    // during a commit instead of stalling on a full channel.
    let (batches, to_write) = sync_channel::<Batch>(1);
    let written = std::thread::scope(|scope| {
        scope.spawn(|| extract_all(&extractor, &todo, sender));
        let writer = scope.spawn(|| write_all(&mut store, to_write, &progress, &mut tally));
        gather(receiver, args.batch as usize, batches);
        writer.join().unwrap_or_else(|_| Err(anyhow::anyhow!("the writer thread stopped unexpectedly")))
    });
    progress.finish();
    written?;
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

/// The inputs not already stored whole, with their stamps; counts the
/// documents of the others as skipped.
fn unfinished(store: &Store, inputs: Vec<InputPath>, tally: &mut Tally) -> anyhow::Result<Vec<(InputPath, Option<InputStamp>)>> {
    let mut todo = Vec::with_capacity(inputs.len());
    for input in inputs {
        let stamp = stamp_of(&input);
        if let Some(s) = &stamp {
            if let Some(documents) = store.finished_input(&s.path, s.size, s.modified)? {
                tally.skipped += documents;
                continue;
            }
        }
        todo.push((input, stamp));
    }
    Ok(todo)
}

/// Size and modification time of a file input; none for standard input or
/// a file that cannot be inspected (it is then always read).
fn stamp_of(input: &InputPath) -> Option<InputStamp> {
    let InputPath::File(path) = input else { return None };
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?.as_secs() as i64;
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
    Some(InputStamp { path: path.display().to_string(), size: meta.len(), modified, documents: 0 })
}

/// Extracts every input in parallel, sending each input's records to the
/// writer; stops early when the writer has stopped.
fn extract_all(extractor: &Extractor, todo: &[(InputPath, Option<InputStamp>)], sender: SyncSender<Extracted>) {
    match dossier::extraction_pool_beside_writer() {
        Some(pool) => pool.install(|| extract_each(extractor, todo, sender)),
        None => extract_each(extractor, todo, sender),
    }
}

fn extract_each(extractor: &Extractor, todo: &[(InputPath, Option<InputStamp>)], sender: SyncSender<Extracted>) {
    let _ = todo.par_iter().try_for_each_with(sender, |sender, (input, stamp)| {
        let records: Vec<ExtractRecord> =
            extractor.extract_input(input).iter().map(ExtractRecord::from_document).collect();
        let bytes = stamp.as_ref().map_or(0, |s| s.size);
        let stamp = stamp.clone().map(|s| InputStamp { documents: records.len() as u64, ..s });
        sender.send(Extracted { records, stamp, bytes })
    });
}

/// Gathers the extracted records into batches of about `batch` documents
/// (or one second of work) for the writer; stops when the writer has.
fn gather(receiver: Receiver<Extracted>, batch: usize, batches: SyncSender<Batch>) {
    let mut pending = Batch::default();
    let mut last_sent = Instant::now();
    // The first batch is smaller, so that the writer starts sooner.
    let mut size = dossier::first_batch_size(batch);
    for extracted in receiver {
        pending.records.extend(extracted.records);
        pending.stamps.extend(extracted.stamp);
        pending.bytes += extracted.bytes;
        if pending.records.len() >= size || last_sent.elapsed() > Duration::from_secs(1) {
            if batches.send(std::mem::take(&mut pending)).is_err() {
                return;
            }
            last_sent = Instant::now();
            size = batch;
        }
    }
    let _ = batches.send(pending);
}

/// The single writer: commits each batch in one transaction.
fn write_all(store: &mut Store, batches: Receiver<Batch>, progress: &Progress, tally: &mut Tally) -> anyhow::Result<()> {
    for mut batch in batches {
        commit(store, &mut batch.records, &mut batch.stamps, tally)?;
        progress.advance(batch.bytes, tally.new + tally.skipped + tally.failed);
    }
    Ok(())
}

fn commit(store: &mut Store, records: &mut Vec<ExtractRecord>, stamps: &mut Vec<InputStamp>, tally: &mut Tally) -> anyhow::Result<()> {
    if records.is_empty() && stamps.is_empty() {
        return Ok(());
    }
    let outcomes = store.write_batch(records, stamps).context("could not store the extracted documents")?;
    for (record, outcome) in records.iter().zip(outcomes) {
        match outcome {
            Outcome::Stored { events, quotes, .. } => {
                tally.new += 1;
                tally.events += events as u64;
                tally.quotes += quotes as u64;
            }
            Outcome::Skipped => tally.skipped += 1,
            Outcome::Failed(error) => {
                tally.failed += 1;
                eprintln!("dossier: {}: {error}", record.source);
            }
        }
    }
    records.clear();
    stamps.clear();
    Ok(())
}
