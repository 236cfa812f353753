//! The store's writer alone: the records of a generated corpus are
//! extracted first (in parallel, not timed), then written in batches of 2000
//! by one thread, as `dossier ingest`'s writer thread writes them.
//!
//! ```text
//! cargo run --release -p dossier-bench --bin store_write_bench -- [--mb 20]
//! ```
//!
//! For instruction counts of the writer alone:
//! `valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*write_all*' target/release/store_write_bench --mb 2`.

use std::path::Path;
use std::time::Instant;

use dossier::{Extractor, ExtractorOptions};
use dossier_core::contract::ExtractRecord;
use dossier_store::Store;
use rayon::prelude::*;

fn main() {
    let megabytes = match std::env::args().skip(1).collect::<Vec<_>>().as_slice() {
        [] => 20,
        [flag, value] if flag == "--mb" => value.parse().unwrap_or_else(|_| usage()),
        _ => usage(),
    };
    let corpus = dossier_bench::Corpus::generate(megabytes, 7);
    let extractor = Extractor::standard(ExtractorOptions::default()).expect("the standard pipeline");
    let records: Vec<ExtractRecord> = corpus
        .articles
        .par_iter()
        .flat_map_iter(|article| {
            let docs = extractor.extract_bytes(&article.source, &article.bytes);
            docs.iter().map(ExtractRecord::from_document).collect::<Vec<_>>()
        })
        .collect();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let started = Instant::now();
    let cpu_before = thread_cpu_seconds();
    let sched_before = dossier_bench::thread_schedstat();
    write_all(&dir.path().join("write.db"), &records);
    let cpu = thread_cpu_seconds().zip(cpu_before).map(|(after, before)| after - before);
    let sched = dossier_bench::thread_schedstat().zip(sched_before).map(|(a, b)| (a.0 - b.0, a.1 - b.1));
    let seconds = started.elapsed().as_secs_f64();
    let count = |part: fn(&ExtractRecord) -> usize| records.iter().map(part).sum::<usize>();
    println!(
        "write: {} documents ({} entities, {} events, {} quotes), {:.1} MB in {seconds:.2} s = {:.1} MB/s on one thread",
        records.len(),
        count(|r| r.entities.len()),
        count(|r| r.events.len()),
        count(|r| r.quotes.len()),
        corpus.bytes as f64 / 1e6,
        corpus.bytes as f64 / 1e6 / seconds
    );
    if let Some(cpu) = cpu {
        println!("write: {cpu:.2} s of CPU time in the writing thread (steadier than the wall clock on a busy machine)");
    }
    if let Some((running, waiting)) = sched {
        let blocked = seconds - running - waiting;
        println!("write: {running:.2} s running, {waiting:.2} s waiting for a core, {blocked:.2} s blocked (disk, locks)");
    }
}

/// CPU time (user and system) of the calling thread so far, on Linux.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    // Clock ticks: 100 a second on Linux whatever the kernel's own tick rate.
    Some(ticks / 100.0)
}

/// Writes `records` in batches of 2000, then closes the store (its final
/// checkpoint is part of an ingest).
#[inline(never)]
fn write_all(db: &Path, records: &[ExtractRecord]) {
    let mut store = Store::open(db).expect("a new store");
    for batch in records.chunks(2000) {
        store.write_batch(batch, &[]).expect("a written batch");
    }
    drop(store);
}

fn usage() -> ! {
    eprintln!("usage: store_write_bench [--mb MEGABYTES]");
    std::process::exit(2);
}
