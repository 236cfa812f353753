//! Store benchmark: ingest throughput over generated articles, and the
//! latency of `timeline` and `relations` queries over a million stored
//! merged events.
//!
//! ```text
//! cargo run --release -p dossier-bench --bin store_bench -- [--mb 100] [--events 1000000]
//! ```
//!
//! Ingest runs what `dossier ingest` runs (`dossier_ingest::ingest`): the
//! standard extractor in parallel on every core but the one writer
//! thread's, which commits batches of 2000 documents (the first smaller)
//! gathered while it writes the previous one.

use std::path::Path;
use std::time::{Duration, Instant};

use dossier::{collect_inputs, Extractor, ExtractorOptions};
use dossier_core::contract::{ActorRecord, CharSpan, EventRecord, ExtractRecord, SCHEMA};
use dossier_ingest::{Commit, Observer};
use dossier_store::{EventFilter, RelationFilter, Store};

/// Countries the generated text and events draw from.
const COUNTRIES: [(&str, &str); 40] = [
    ("USA", "the United States"), ("RUS", "Russia"), ("CHN", "China"), ("PRK", "North Korea"),
    ("KOR", "South Korea"), ("JPN", "Japan"), ("IND", "India"), ("PAK", "Pakistan"), ("IRN", "Iran"),
    ("ISR", "Israel"), ("TUR", "Turkey"), ("UKR", "Ukraine"), ("DEU", "Germany"), ("FRA", "France"),
    ("GBR", "Britain"), ("ITA", "Italy"), ("ESP", "Spain"), ("POL", "Poland"), ("BRA", "Brazil"),
    ("ARG", "Argentina"), ("MEX", "Mexico"), ("CAN", "Canada"), ("AUS", "Australia"), ("IDN", "Indonesia"),
    ("VNM", "Vietnam"), ("PHL", "the Philippines"), ("EGY", "Egypt"), ("SAU", "Saudi Arabia"),
    ("NGA", "Nigeria"), ("ZAF", "South Africa"), ("ETH", "Ethiopia"), ("KEN", "Kenya"), ("SYR", "Syria"),
    ("IRQ", "Iraq"), ("AFG", "Afghanistan"), ("CHL", "Chile"), ("PER", "Peru"), ("NOR", "Norway"),
    ("SWE", "Sweden"), ("FIN", "Finland"),
];

/// (code, quad, goldstein, verb phrase) of the generated events.
const EVENTS: [(&str, u8, f32, &str); 10] = [
    ("036", 1, 4.0, "expressed its intent to meet"),
    ("042", 1, 1.9, "sent its foreign minister to"),
    ("043", 1, 2.8, "held talks with"),
    ("057", 1, 8.0, "signed an agreement with"),
    ("061", 2, 6.4, "expanded trade with"),
    ("112", 3, -2.0, "accused"),
    ("130", 3, -4.4, "threatened"),
    ("163", 4, -8.0, "imposed sanctions on"),
    ("172", 4, -5.0, "expelled diplomats of"),
    ("190", 4, -10.0, "launched strikes against"),
];

/// Documents per write batch, as `dossier ingest --batch` has by default.
const BATCH: usize = 2000;

struct Options {
    megabytes: u64,
    events: u64,
}

fn options() -> Options {
    let mut options = Options { megabytes: 100, events: 1_000_000 };
    let args: Vec<String> = std::env::args().skip(1).collect();
    for pair in args.chunks(2) {
        let value = pair.get(1).and_then(|v| v.parse().ok());
        match (pair[0].as_str(), value) {
            ("--mb", Some(v)) => options.megabytes = v,
            ("--events", Some(v)) => options.events = v,
            _ => {
                eprintln!("usage: store_bench [--mb MEGABYTES] [--events COUNT]");
                std::process::exit(2);
            }
        }
    }
    options
}

fn main() {
    let options = options();
    let dir = tempfile::tempdir().expect("a temporary directory");
    ingest_bench(dir.path(), options.megabytes);
    query_bench(&dir.path().join("events.db"), options.events);
}

/// Writes about `megabytes` of generated news pages (the corpus every
/// benchmark of this crate uses) as text files.
fn generate_corpus(dir: &Path, megabytes: u64) -> u64 {
    std::fs::create_dir_all(dir).unwrap();
    let corpus = dossier_bench::Corpus::generate(megabytes as usize, 7);
    for (n, article) in corpus.articles.iter().enumerate() {
        std::fs::write(dir.join(format!("{n:06}.txt")), &article.bytes).unwrap();
    }
    corpus.bytes as u64
}

/// What the writer thread did, as the ingest's observer sees it.
#[derive(Default)]
struct WriterTimes {
    documents: usize,
    write_time: Duration,
    sched_at_start: Option<(f64, f64)>,
    /// Seconds running and waiting for a core, from the kernel's schedstat.
    sched: Option<(f64, f64)>,
}

impl Observer for WriterTimes {
    fn writer_started(&mut self) {
        self.sched_at_start = dossier_bench::thread_schedstat();
    }
    fn committed(&mut self, commit: &Commit<'_>) {
        self.documents += commit.outcomes.len();
        self.write_time += commit.took;
    }
    fn writer_finished(&mut self) {
        self.sched = dossier_bench::thread_schedstat().zip(self.sched_at_start).map(|(a, b)| (a.0 - b.0, a.1 - b.1));
    }
}

fn ingest_bench(dir: &Path, megabytes: u64) {
    let corpus = dir.join("corpus");
    let bytes = generate_corpus(&corpus, megabytes);
    let extractor = Extractor::standard(ExtractorOptions::default()).expect("the standard pipeline");
    let (inputs, _) = collect_inputs(&[corpus]);
    let mut store = Store::open(&dir.join("ingest.db")).unwrap();
    let started = Instant::now();
    let plan = dossier_ingest::plan(&store, inputs).unwrap();
    let mut writer = WriterTimes::default();
    dossier_ingest::ingest(&mut store, &extractor, &plan.todo, BATCH, &mut writer).unwrap();
    let totals = store.totals().unwrap();
    // Closing checkpoints what the write-ahead log still holds: part of
    // the ingest, as it is of a `dossier ingest` run.
    let closing = Instant::now();
    drop(store);
    let close_time = closing.elapsed();
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "ingest: {} documents, {:.1} MB in {seconds:.2} s = {:.1} MB/s, {:.0} docs/s ({} events, {} quotes stored)",
        writer.documents,
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / seconds,
        writer.documents as f64 / seconds,
        totals.events,
        totals.quotes
    );
    println!(
        "ingest: of which {:.2} s in the writer thread (store.write_batch), {:.2} s closing the store (its last checkpoint)",
        writer.write_time.as_secs_f64(),
        close_time.as_secs_f64()
    );
    if let Some((running, waiting)) = writer.sched {
        let blocked = writer.write_time.as_secs_f64() - running - waiting;
        println!("ingest: writer {running:.2} s running, {waiting:.2} s waiting for a core, {blocked:.2} s blocked in write_batch");
    }
}

/// One synthetic article carrying `per_record` events of random dyads,
/// codes and days.
fn synthetic_record(rng: &mut fastrand::Rng, n: u64, per_record: usize) -> ExtractRecord {
    let text = format!("Synthetic record {n}.");
    let actor = |code: &str| Some(ActorRecord { entity: format!("country:{code}"), code: code.to_string() });
    let events = (0..per_record)
        .map(|_| {
            let (a, _) = COUNTRIES[rng.usize(..COUNTRIES.len())];
            let (b, _) = COUNTRIES[rng.usize(..COUNTRIES.len())];
            let (code, quad, goldstein, _) = EVENTS[rng.usize(..EVENTS.len())];
            let date = format!("{}-{:02}-{:02}", rng.i32(2015..2025), rng.u8(1..13), rng.u8(1..29));
            EventRecord {
                code: code.to_string(),
                root: code[..2].to_string(),
                quad,
                goldstein,
                source: actor(a),
                target: actor(b),
                date: Some(date),
                date_text: None,
                quantity: None,
                location: None,
                modality: "asserted".to_string(),
                attributed_to: None,
                sentence: CharSpan { start: 0, end: text.len() },
                confidence: 0.9,
            }
        })
        .collect();
    ExtractRecord {
        schema: SCHEMA.to_string(),
        id: format!("synthetic-{n}"),
        source: format!("https://synthetic.example/{n}"),
        title: None,
        published: Some("2025-01-01".to_string()),
        language: Some("en".to_string()),
        text,
        entities: Vec::new(),
        events,
        quotes: Vec::new(),
        error: None,
    }
}

fn query_bench(db: &Path, events: u64) {
    const PER_RECORD: usize = 100;
    let mut store = Store::open(db).unwrap();
    let mut rng = fastrand::Rng::with_seed(11);
    let started = Instant::now();
    let records: u64 = events.div_ceil(PER_RECORD as u64);
    for chunk in (0..records).collect::<Vec<_>>().chunks(100) {
        let batch: Vec<ExtractRecord> = chunk.iter().map(|&n| synthetic_record(&mut rng, n, PER_RECORD)).collect();
        store.write_batch(&batch, &[]).unwrap();
    }
    let totals = store.totals().unwrap();
    println!(
        "insert: {} mentions -> {} merged events in {:.1} s ({:.0} mentions/s)",
        totals.mentions,
        totals.events,
        started.elapsed().as_secs_f64(),
        totals.mentions as f64 / started.elapsed().as_secs_f64()
    );
    let dyad = |a: &str, b: &str| EventFilter { actor: Some(a.into()), with: Some(b.into()), ..Default::default() };
    report("timeline --actor PRK --with RUS", || store.timeline(&dyad("PRK", "RUS")).unwrap().len());
    report("timeline --actor PRK --with RUS --since 2023-01", || {
        store.timeline(&EventFilter { since: Some("2023-01".into()), ..dyad("PRK", "RUS") }).unwrap().len()
    });
    report("timeline --actor PRK --limit 100", || {
        store.timeline(&EventFilter { actor: Some("PRK".into()), limit: Some(100), ..Default::default() }).unwrap().len()
    });
    report("events --min-sources 2 --limit 50", || {
        store.events(&EventFilter { min_sources: Some(2), limit: Some(50), ..Default::default() }).unwrap().len()
    });
    let relations = |a: &str, b: Option<&str>| RelationFilter { actor: Some(a.into()), with: b.map(Into::into), ..Default::default() };
    report("relations --actor PRK --with RUS", || store.relations(&relations("PRK", Some("RUS"))).unwrap().len());
    report("relations --actor PRK", || store.relations(&relations("PRK", None)).unwrap().len());
}

/// Runs `query` 21 times and prints the median and worst latency.
fn report(name: &str, mut query: impl FnMut() -> usize) {
    let mut times: Vec<Duration> = Vec::new();
    let mut rows = 0;
    for _ in 0..21 {
        let started = Instant::now();
        rows = query();
        times.push(started.elapsed());
    }
    times.sort();
    println!("{name}: {rows} rows, median {:.2} ms, max {:.2} ms", ms(times[10]), ms(times[20]));
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
