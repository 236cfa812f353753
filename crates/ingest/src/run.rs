//! The ingest's threads: extractors, a gatherer that makes batches, and
//! the one writer.

use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::time::{Duration, Instant};

use dossier::Extractor;
use dossier_core::contract::ExtractRecord;
use dossier_store::{InputStamp, Outcome, Store};
use rayon::prelude::*;

use crate::{Error, Input, Result};

/// What the writer thread tells its front end. Every method runs on the
/// writer thread, between two transactions.
pub trait Observer: Send {
    /// Before the first batch.
    fn writer_started(&mut self) {}
    /// After each batch is committed.
    fn committed(&mut self, _commit: &Commit<'_>) {}
    /// After the last batch.
    fn writer_finished(&mut self) {}
}

/// One committed batch.
pub struct Commit<'a> {
    /// The records, each with what became of it.
    pub records: &'a [ExtractRecord],
    pub outcomes: &'a [Outcome],
    /// Bytes of the inputs the batch finished (0 for standard input).
    pub bytes: u64,
    /// Time spent in the store's `write_batch`.
    pub took: Duration,
}

/// Extracts every input of `todo` beside one writer that stores the
/// records in transactions of about `batch` documents (or a second of
/// extraction, whichever comes first). An input is recorded as stored whole
/// in the same transaction as its last document, so that an interrupted
/// ingest re-run reads only what it had not finished.
///
/// Returns when every input is stored, or with the first error of the
/// store; what earlier transactions stored stays.
pub fn ingest(store: &mut Store, extractor: &Extractor, todo: &[Input], batch: usize, observer: &mut dyn Observer) -> Result<()> {
    let (sender, receiver) = sync_channel::<Extracted>(64);
    // One batch waits while another is written, so extraction goes on
    // during a commit instead of stalling on a full channel.
    let (batches, to_write) = sync_channel::<Batch>(1);
    std::thread::scope(|scope| {
        scope.spawn(|| extract_all(extractor, todo, sender));
        let writer = scope.spawn(|| write_all(store, to_write, observer));
        gather(receiver, batch.max(1), batches);
        writer.join().unwrap_or(Err(Error::WriterStopped))
    })
}

/// The first batch an ingest hands its writer, when later batches hold
/// `batch` documents: an eighth of it, so that the writer starts before a
/// whole batch is extracted instead of waiting idle for it.
pub fn first_batch_size(batch: usize) -> usize {
    (batch / 8).max(1)
}

/// A thread pool for extracting while a single writer thread stores what
/// comes out: it leaves one core to the writer, the slower side, which
/// sharing its core with an extractor only slows. `None` on a single core:
/// rayon's global pool then does.
pub fn extraction_pool_beside_writer() -> Option<rayon::ThreadPool> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    (cores > 1).then(|| rayon::ThreadPoolBuilder::new().num_threads(cores - 1).build().ok()).flatten()
}

/// One input's extracted records, sent from an extractor to the gatherer.
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

/// Extracts every input in parallel; stops early when the writer has
/// stopped.
fn extract_all(extractor: &Extractor, todo: &[Input], sender: SyncSender<Extracted>) {
    match extraction_pool_beside_writer() {
        Some(pool) => pool.install(|| extract_each(extractor, todo, sender)),
        None => extract_each(extractor, todo, sender),
    }
}

fn extract_each(extractor: &Extractor, todo: &[Input], sender: SyncSender<Extracted>) {
    let _ = todo.par_chunks(dossier::inputs_per_task(todo.len())).try_for_each_with(sender, |sender, inputs| {
        let extracted = extractor.extract_inputs(inputs.iter().map(|input| &input.path));
        for (input, docs) in inputs.iter().zip(extracted) {
            let records: Vec<ExtractRecord> = docs.iter().map(ExtractRecord::from_document).collect();
            let stamp = input.stamp.clone().map(|s| InputStamp { documents: records.len() as u64, ..s });
            sender.send(Extracted { records, stamp, bytes: input.bytes() })?;
        }
        Ok::<(), std::sync::mpsc::SendError<Extracted>>(())
    });
}

/// Gathers the extracted records into batches of about `batch` documents
/// (or one second of work) for the writer; stops when the writer has.
fn gather(receiver: Receiver<Extracted>, batch: usize, batches: SyncSender<Batch>) {
    let mut pending = Batch::default();
    let mut last_sent = Instant::now();
    let mut size = first_batch_size(batch);
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
fn write_all(store: &mut Store, batches: Receiver<Batch>, observer: &mut dyn Observer) -> Result<()> {
    observer.writer_started();
    for batch in batches {
        if batch.records.is_empty() && batch.stamps.is_empty() {
            continue;
        }
        let writing = Instant::now();
        let outcomes = store.write_batch(&batch.records, &batch.stamps)?;
        let took = writing.elapsed();
        observer.committed(&Commit { records: &batch.records, outcomes: &outcomes, bytes: batch.bytes, took });
    }
    observer.writer_finished();
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_first_batch_is_an_eighth_and_never_empty() {
        assert_eq!(super::first_batch_size(2000), 250);
        assert_eq!(super::first_batch_size(5), 1);
        assert_eq!(super::first_batch_size(1), 1);
    }
}
