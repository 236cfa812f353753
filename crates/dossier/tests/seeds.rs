//! The full pipeline on the real seed articles in `../shared/seeds`, checked
//! against their hand annotations in `../shared/gold`. Skipped, with a note,
//! where `shared/` is not beside the checkout.

use std::path::{Path, PathBuf};

use dossier::{Extractor, ExtractorOptions};
use serde_json::Value;

fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if dir.join("gold").is_dir() && dir.join("seeds").is_dir() {
        Some(dir)
    } else {
        eprintln!("note: {} not found; seed tests skipped", dir.display());
        None
    }
}

/// Each seed's gold annotations and the pipeline's record for it.
fn extracted() -> Vec<(Value, dossier::ExtractRecord)> {
    let Some(shared) = shared() else { return Vec::new() };
    let mut out = Vec::new();
    let mut golds: Vec<_> = std::fs::read_dir(shared.join("gold")).unwrap().map(|e| e.unwrap().path()).collect();
    golds.sort();
    for path in golds.into_iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let published = gold["published"].as_str().map(|d| d.parse().unwrap());
        let extractor = Extractor::standard(ExtractorOptions { published, dicts: Vec::new() }).unwrap();
        let seed = shared.join("seeds").join(gold["doc"].as_str().unwrap());
        let bytes = std::fs::read(&seed).unwrap();
        let doc = extractor.extract_bytes(&seed.display().to_string(), &bytes).remove(0);
        out.push((gold, dossier::ExtractRecord::from_document(&doc)));
    }
    out
}

/// The scorer's normalisation: curly quotes and dashes folded, case and
/// runs of white space ignored.
fn norm(s: &str) -> String {
    let folded: String = s
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn cleaning_keeps_every_article_line_and_drops_the_boilerplate() {
    for (gold, record) in extracted() {
        assert!(record.error.is_none(), "{}: {:?}", record.source, record.error);
        let text = norm(&record.text);
        for line in gold["body"].as_array().unwrap() {
            assert!(text.contains(&norm(line.as_str().unwrap())), "{}: lost «{line}»", record.source);
        }
        for line in gold["boilerplate"].as_array().unwrap() {
            assert!(!text.contains(&norm(line.as_str().unwrap())), "{}: kept «{line}»", record.source);
        }
        assert_eq!(record.language.as_deref(), Some("en"), "{}", record.source);
    }
}

#[test]
fn every_event_points_into_the_text_at_actors_the_document_names() {
    for (_, record) in extracted() {
        let chars = record.text.chars().count();
        let ids: Vec<&str> = record.entities.iter().map(|e| e.id.as_str()).collect();
        for event in &record.events {
            assert!(event.sentence.start < event.sentence.end && event.sentence.end <= chars, "{}: {event:?}", record.source);
            for actor in event.source.iter().chain(event.target.iter()) {
                assert!(ids.contains(&actor.entity.as_str()), "{}: {event:?}", record.source);
            }
        }
        for entity in &record.entities {
            for m in &entity.mentions {
                let slice: String = record.text.chars().skip(m.start).take(m.end - m.start).collect();
                assert_eq!(slice, m.text, "{}", record.source);
            }
        }
    }
}
