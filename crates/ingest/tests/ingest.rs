//! An ingest over files written here: every document reaches the store
//! once, the first batch is small, and a second ingest reads nothing again.

use std::path::Path;

use dossier::{collect_inputs, Extractor, ExtractorOptions};
use dossier_ingest::{Commit, Observer};
use dossier_store::{Outcome, Store};

/// What the writer reported, batch by batch.
#[derive(Default)]
struct Seen {
    started: bool,
    finished: bool,
    batches: Vec<usize>,
    stored: usize,
    bytes: u64,
}

impl Observer for Seen {
    fn writer_started(&mut self) {
        self.started = true;
    }
    fn committed(&mut self, commit: &Commit<'_>) {
        assert_eq!(commit.records.len(), commit.outcomes.len());
        self.batches.push(commit.outcomes.len());
        self.stored += commit.outcomes.iter().filter(|o| matches!(o, Outcome::Stored { .. })).count();
        self.bytes += commit.bytes;
    }
    fn writer_finished(&mut self) {
        self.finished = true;
    }
}

/// `count` one-article files, each naming a different day.
fn write_articles(dir: &Path, count: usize) -> u64 {
    std::fs::create_dir_all(dir).unwrap();
    let mut bytes = 0;
    for n in 0..count {
        let text = format!(
            "Ministers meet for talks number {n}\n\nThe foreign ministers of Norway and Chile held talks in Oslo on day {n} of the \
             session, officials said. They agreed to meet again.\n"
        );
        bytes += text.len() as u64;
        std::fs::write(dir.join(format!("{n:03}.txt")), text).unwrap();
    }
    bytes
}

fn run(store: &mut Store, dir: &Path, batch: usize) -> (Seen, u64) {
    let extractor = Extractor::standard(ExtractorOptions::default()).unwrap();
    let (inputs, missing) = collect_inputs(&[dir.to_path_buf()]);
    assert!(missing.is_empty());
    let plan = dossier_ingest::plan(store, inputs).unwrap();
    let mut seen = Seen::default();
    dossier_ingest::ingest(store, &extractor, &plan.todo, batch, &mut seen).unwrap();
    (seen, plan.skipped_documents)
}

#[test]
fn every_document_is_stored_once_and_a_rerun_reads_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    let bytes = write_articles(&articles, 40);
    let mut store = Store::open(&dir.path().join("ingest.db")).unwrap();

    let (seen, skipped) = run(&mut store, &articles, 16);
    assert!(seen.started && seen.finished);
    assert_eq!((seen.stored, skipped), (40, 0));
    assert_eq!(seen.bytes, bytes, "every input's bytes are reported once");
    assert!(seen.batches[0] <= dossier_ingest::first_batch_size(16), "the first batch is the small one: {:?}", seen.batches);
    assert!(seen.batches.iter().all(|&n| n <= 16), "{:?}", seen.batches);
    assert_eq!(store.totals().unwrap().articles, 40);

    let (again, skipped) = run(&mut store, &articles, 16);
    assert_eq!((again.stored, again.batches.len(), skipped), (0, 0, 40), "inputs stored whole are not read again");
    assert_eq!(store.totals().unwrap().articles, 40);
}

#[test]
fn a_changed_file_is_read_again_and_its_article_stored_beside_the_old() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    write_articles(&articles, 3);
    let mut store = Store::open(&dir.path().join("ingest.db")).unwrap();
    run(&mut store, &articles, 2000);
    std::fs::write(articles.join("001.txt"), "Talks resume\n\nNorway and Chile resumed talks in Santiago, officials said.\n").unwrap();

    let (seen, skipped) = run(&mut store, &articles, 2000);
    assert_eq!((seen.stored, skipped), (1, 2));
    assert_eq!(store.totals().unwrap().articles, 4);
}
