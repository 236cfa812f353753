//! Measures the quote stage alone over the given plain-text files, each
//! repeated until about 20 MB were processed:
//! `cargo run --release -p dossier-quotes --example quotes_speed -- FILE...`.

use std::time::Instant;

use dossier_core::{Document, Span};
use dossier_quotes::QuoteStage;

const TARGET_BYTES: usize = 20_000_000;

fn document(path: &str) -> Option<Document> {
    let text = String::from_utf8_lossy(&std::fs::read(path).ok()?).into_owned();
    let mut doc = Document::new("speed", path, text.clone());
    doc.text = text;
    let mut start = 0;
    for line in doc.text.split('\n') {
        doc.annotations.paragraphs.push(Span::new(start, start + line.len()));
        start += line.len() + 1;
    }
    Some(doc)
}

fn main() {
    let docs: Vec<Document> = std::env::args().skip(1).filter_map(|p| document(&p)).collect();
    let per_round: usize = docs.iter().map(|d| d.text.len()).sum();
    if per_round == 0 {
        eprintln!("usage: quotes_speed FILE... (readable, non-empty text files)");
        std::process::exit(2);
    }
    let built = Instant::now();
    let stage = QuoteStage::default();
    println!("vocabulary built in {:.1} ms", built.elapsed().as_secs_f64() * 1e3);
    let (mut bytes, mut found) = (0, 0);
    let started = Instant::now();
    while bytes < TARGET_BYTES {
        for doc in &docs {
            found += stage.find(doc).len();
        }
        bytes += per_round;
    }
    let secs = started.elapsed().as_secs_f64();
    println!("{:.1} MB in {secs:.2} s: {:.1} MB/s, {found} quotes", bytes as f64 / 1e6, bytes as f64 / 1e6 / secs);
}
