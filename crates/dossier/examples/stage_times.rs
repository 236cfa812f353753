//! Where extraction time goes: runs each stage of the standard pipeline over
//! the given files on one thread and prints CPU-independent wall time and
//! MB/s per stage.
//!
//! ```text
//! cargo run --release -p dossier --example stage_times -- FILE...
//! ```

use std::time::{Duration, Instant};

use dossier_core::{Document, Stage};

fn stages() -> Vec<Box<dyn Stage>> {
    vec![
        Box::new(dossier_text::Cleaner::default()),
        Box::new(dossier_text::LanguageDetector::default()),
        Box::new(dossier_text::Segmenter::default()),
        Box::new(dossier_actors::ActorStage::default()),
        Box::new(dossier_dates::DateStage),
        Box::new(dossier_dates::QuantityStage),
        Box::new(dossier_events::EventStage::default()),
        Box::new(dossier_quotes::QuoteStage::default()),
    ]
}

fn main() {
    let stages = stages();
    let mut spent = vec![Duration::ZERO; stages.len()];
    let mut bytes = 0usize;
    let mut read_time = Duration::ZERO;
    for path in std::env::args().skip(1) {
        let raw = std::fs::read(&path).expect("readable file");
        bytes += raw.len();
        let start = Instant::now();
        let inputs = dossier_read::read_bytes(&path, &raw);
        read_time += start.elapsed();
        for input in inputs.into_iter().flatten() {
            let mut doc = Document::new(input.id, input.source, input.text);
            doc.published = input.published.or(Some(jiff::civil::date(2024, 1, 1)));
            for (stage, time) in stages.iter().zip(&mut spent) {
                let start = Instant::now();
                stage.process(&mut doc);
                *time += start.elapsed();
            }
        }
    }
    let mb = bytes as f64 / 1e6;
    println!("{mb:.1} MB");
    println!("{:<12} {:>8.3} s {:>8.1} MB/s", "read", read_time.as_secs_f64(), mb / read_time.as_secs_f64());
    for (stage, time) in stages.iter().zip(&spent) {
        println!("{:<12} {:>8.3} s {:>8.1} MB/s", stage.name(), time.as_secs_f64(), mb / time.as_secs_f64());
    }
    let total: Duration = spent.iter().sum::<Duration>() + read_time;
    println!("{:<12} {:>8.3} s {:>8.1} MB/s", "all", total.as_secs_f64(), mb / total.as_secs_f64());
}
