//! Shared helpers: run a sentence of ours through the real text stages and
//! then the stages under test.

#![allow(dead_code)]

use std::sync::OnceLock;

use dossier_core::{Document, Stage};
use dossier_dates::{DateStage, QuantityStage};
use dossier_text::{Cleaner, Segmenter};

/// `text` cleaned, segmented, dated (published `published`, "YYYY-MM-DD")
/// and measured.
pub fn run(text: &str, published: Option<&str>) -> Document {
    let mut doc = Document::new("test", "test", text);
    doc.published = published.map(|p| p.parse().expect("a valid test date"));
    // Building the text stages parses their data: once per test binary.
    static TEXT_STAGES: OnceLock<(Cleaner, Segmenter)> = OnceLock::new();
    let (cleaner, segmenter) = TEXT_STAGES.get_or_init(|| (Cleaner::default(), Segmenter::default()));
    cleaner.process(&mut doc);
    segmenter.process(&mut doc);
    DateStage.process(&mut doc);
    QuantityStage.process(&mut doc);
    doc
}

/// (words, value, future) of every date found.
pub fn dates(text: &str, published: Option<&str>) -> Vec<(String, String, bool)> {
    let doc = run(text, published);
    doc.annotations.dates.iter().map(|d| (d.span.of(&doc.text).to_string(), d.value.to_string(), d.future)).collect()
}

/// The values of every date found.
pub fn values(text: &str, published: Option<&str>) -> Vec<String> {
    dates(text, published).into_iter().map(|(_, v, _)| v).collect()
}

/// (words, value, unit) of every quantity found.
pub fn quantities(text: &str) -> Vec<(String, f64, String)> {
    let doc = run(text, Some("2024-05-07"));
    doc.annotations.quantities.iter().map(|q| (q.span.of(&doc.text).to_string(), q.value, q.unit.clone())).collect()
}
