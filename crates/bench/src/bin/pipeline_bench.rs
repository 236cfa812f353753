//! Pipeline benchmark: throughput of reading, cleaning and segmenting, of
//! the actor stage, and of the whole standard pipeline, over a generated
//! news-like corpus held in memory (see the crate's `Corpus`).
//!
//! ```text
//! cargo run --release -p dossier-bench --bin pipeline_bench -- [--megabytes 100] [--threads N] [--text-only]
//! ```
//!
//! Every row runs documents in batches of `dossier::STAGE_BATCH`, each
//! stage over the whole batch before the next stage, as the extractor
//! does. The per-stage rows time each stage of the standard pipeline on its
//! own while the whole pipeline runs, so every stage finds the caches as
//! the stages before it left them. Rows (a) run reading and the text stages
//! alone, as a pipeline of their own: what those stages cost when nothing
//! else runs (the median of three passes; `--text-only` prints only these). Rows (a)–(c) run on one thread (a rayon pool of one); row (d)
//! runs the whole pipeline on `--threads` threads (default: every core).
//! MB/s are megabytes (10^6 bytes) of raw page per second.

use std::time::{Duration, Instant};

use dossier::{Pipeline, STAGE_BATCH};
use dossier_bench::{Article, Corpus, BENCH_SEED};
use dossier_core::{Document, Stage};
use rayon::prelude::*;

struct Options {
    megabytes: usize,
    threads: usize,
    /// Only rows (a): a quick check of the text stages.
    text_only: bool,
}

fn options() -> Options {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut options = Options { megabytes: 100, threads: cores, text_only: false };
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(at) = args.iter().position(|a| a == "--text-only") {
        args.remove(at);
        options.text_only = true;
    }
    for pair in args.chunks(2) {
        let value = pair.get(1).and_then(|v| v.parse().ok()).filter(|&v| v > 0);
        match (pair[0].as_str(), value) {
            ("--megabytes", Some(v)) => options.megabytes = v,
            ("--threads", Some(v)) => options.threads = v,
            _ => {
                eprintln!("usage: pipeline_bench [--megabytes N (default 100)] [--threads N (default: all cores)] [--text-only]");
                std::process::exit(2);
            }
        }
    }
    options
}

/// Time spent and documents done by one row of the table.
#[derive(Default)]
struct Row {
    time: Duration,
    documents: usize,
}

/// Reading and each stage of the standard pipeline, timed one by one on
/// each document.
struct StageTimes {
    read: Duration,
    /// (stage name, time), in pipeline order.
    stages: Vec<(&'static str, Duration)>,
    /// Freeing the document and its annotations.
    drop: Duration,
    documents: usize,
}

impl StageTimes {
    fn of(&self, name: &str) -> Duration {
        self.stages.iter().find(|(stage, _)| *stage == name).map_or(Duration::ZERO, |(_, time)| *time)
    }
}

fn main() {
    let options = options();
    let started = Instant::now();
    let corpus = Corpus::generate(options.megabytes, BENCH_SEED);
    println!(
        "corpus: {} documents, {:.1} MB, generated in {:.1} s",
        corpus.articles.len(),
        corpus.megabytes(),
        started.elapsed().as_secs_f64()
    );
    let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("a one-thread pool");
    let many = rayon::ThreadPoolBuilder::new().num_threads(options.threads).build().expect("a thread pool");
    let pipeline = Pipeline::standard(&[]).expect("the standard pipeline builds from embedded data");

    let text = text_pipeline(false);
    let text_with_language = text_pipeline(true);

    let text_alone = one.install(|| median_of(TEXT_PASSES, || time_pipeline(&corpus, &text)));
    let text_with_language_alone = one.install(|| median_of(TEXT_PASSES, || time_pipeline(&corpus, &text_with_language)));
    if options.text_only {
        println!("\n| row | threads | MB/s | documents/s |\n|---|---:|---:|---:|");
        print_row(&corpus, "(a) read + clean + segment", 1, &text_alone);
        print_row(&corpus, "(a) read + clean + language + segment", 1, &text_with_language_alone);
        return;
    }
    let stages = one.install(|| time_stages(&corpus, &pipeline));
    let full = one.install(|| time_pipeline(&corpus, &pipeline));
    let parallel = many.install(|| time_pipeline_parallel(&corpus, &pipeline));

    let single = |time| Row { time, documents: stages.documents };
    println!("\n| row | threads | MB/s | documents/s |\n|---|---:|---:|---:|");
    print_row(&corpus, "read", 1, &single(stages.read));
    for (name, time) in &stages.stages {
        print_row(&corpus, name, 1, &single(*time));
    }
    print_row(&corpus, "drop", 1, &single(stages.drop));
    print_row(&corpus, "(a) read + clean + segment", 1, &text_alone);
    print_row(&corpus, "(a) read + clean + language + segment", 1, &text_with_language_alone);
    let text_inside = stages.read + stages.of("clean") + stages.of("segment");
    print_row(&corpus, "read + clean + segment, summed from the rows above", 1, &single(text_inside));
    print_row(&corpus, "(b) actor stage alone", 1, &single(stages.of("actors")));
    print_row(&corpus, "(c) full standard pipeline (read included)", 1, &full);
    print_row(&corpus, "(d) full standard pipeline (read included)", options.threads, &parallel);
}

fn print_row(corpus: &Corpus, name: &str, threads: usize, row: &Row) {
    let seconds = row.time.as_secs_f64().max(1e-9);
    println!("| {name} | {threads} | {:.1} | {:.0} |", corpus.megabytes() / seconds, row.documents as f64 / seconds);
}

/// Passes over the corpus for rows (a), which report the median: they
/// are short, and one pass can be slowed by whatever else the machine does.
const TEXT_PASSES: usize = 3;

/// The row of median time among `passes` runs of `run`.
fn median_of(passes: usize, mut run: impl FnMut() -> Row) -> Row {
    let mut rows: Vec<Row> = (0..passes).map(|_| run()).collect();
    rows.sort_by_key(|row| row.time);
    rows.swap_remove(rows.len() / 2)
}

/// Cleaning and segmenting (with language identification when asked), the
/// stages that issue 2's 100 MB/s target is about.
fn text_pipeline(with_language: bool) -> Pipeline {
    let mut stages: Vec<Box<dyn Stage>> = vec![Box::new(dossier_text::Cleaner::default())];
    if with_language {
        stages.push(Box::new(dossier_text::LanguageDetector::default()));
    }
    stages.push(Box::new(dossier_text::Segmenter::default()));
    Pipeline::new(stages).expect("the text stages run in this order")
}

/// Reads the pages and runs each stage of `pipeline` over them in batches,
/// as the extractor does, timing reading and every stage on its own.
fn time_stages(corpus: &Corpus, pipeline: &Pipeline) -> StageTimes {
    let mut times = StageTimes { read: Duration::ZERO, stages: pipeline.stages().map(|s| (s.name(), Duration::ZERO)).collect(), drop: Duration::ZERO, documents: 0 };
    for articles in corpus.articles.chunks(STAGE_BATCH) {
        let clock = Instant::now();
        let mut docs: Vec<Document> = articles.iter().filter_map(read).collect();
        times.read += clock.elapsed();
        for (stage, (_, time)) in pipeline.stages().zip(&mut times.stages) {
            *time += timed(|| docs.iter_mut().for_each(|doc| stage.process(doc)));
        }
        times.documents += docs.len();
        times.drop += timed(|| drop(docs));
    }
    times
}

/// The pipeline over every page, in batches as the extractor runs it,
/// reading included.
fn time_pipeline(corpus: &Corpus, pipeline: &Pipeline) -> Row {
    let clock = Instant::now();
    let documents = corpus.articles.chunks(STAGE_BATCH).map(|articles| run_pipeline(articles, pipeline)).sum();
    Row { time: clock.elapsed(), documents }
}

/// The pipeline over all pages at once, batches in parallel on the current
/// pool.
fn time_pipeline_parallel(corpus: &Corpus, pipeline: &Pipeline) -> Row {
    let clock = Instant::now();
    let documents = corpus.articles.par_chunks(STAGE_BATCH).map(|articles| run_pipeline(articles, pipeline)).sum();
    Row { time: clock.elapsed(), documents }
}

/// Reads a batch of pages and runs the pipeline over them; how many were
/// read.
fn run_pipeline(articles: &[Article], pipeline: &Pipeline) -> usize {
    let mut docs: Vec<Document> = articles.iter().filter_map(read).collect();
    pipeline.process_batch(&mut docs);
    std::hint::black_box(&docs);
    docs.len()
}

/// The page as the CLI would read it, dated so the date stage resolves.
fn read(article: &Article) -> Option<Document> {
    let input = dossier_read::read_bytes(&article.source, &article.bytes).into_iter().next()?.ok()?;
    let mut doc = Document::new(input.id, input.source, input.text);
    doc.published = Some(jiff::civil::date(2024, 5, 7));
    Some(doc)
}

fn timed(work: impl FnOnce()) -> Duration {
    let clock = Instant::now();
    work();
    clock.elapsed()
}
