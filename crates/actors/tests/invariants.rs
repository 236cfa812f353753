//! What every stage output must satisfy, on texts written here and on the
//! shared seed articles when they are present.

mod common;

use std::path::Path;

use common::{run, stage};
use dossier_core::{Document, EntityKind};

/// Mentions in text order, not overlapping, each inside one sentence, each
/// pointing at an entity; every entity mentioned or linked to; country
/// links pointing at countries.
fn check(doc: &Document) {
    let ann = &doc.annotations;
    for pair in ann.mentions.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "overlap: {:?}", pair);
    }
    for m in &ann.mentions {
        let sentence = ann.sentence_at(m.span.start).expect("mention inside a sentence");
        assert!(m.span.end <= ann.sentences[sentence].end, "mention crosses a sentence end");
        assert!(m.entity < ann.entities.len());
    }
    for (i, e) in ann.entities.iter().enumerate() {
        let mentioned = ann.mentions.iter().any(|m| m.entity == i);
        let linked = ann.entities.iter().any(|o| o.country == Some(i));
        assert!(mentioned || linked, "entity {} neither mentioned nor linked", e.name);
        if let Some(c) = e.country {
            assert_eq!(ann.entities[c].kind, EntityKind::Country, "{} links to a non-country", e.name);
        }
    }
}

#[test]
fn written_texts_keep_the_invariants() {
    let texts = [
        "Japan's Ministry of Defense said North Korea fired two missiles. The Kremlin said nothing.\n",
        "Ghanaian Foreign Minister Kwabena Asare met President Putin in Moscow. Asare and Putin spoke.\n\nMost read\n",
        "Kofi Adjei, director of the Regional Center at the Harbour Studies Institute, said so. Adjei left.\n",
    ];
    for text in texts {
        check(&run(stage(), text, None));
    }
}

#[test]
fn seed_articles_keep_the_invariants() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&seeds) else {
        eprintln!("note: {} is absent; seed check skipped", seeds.display());
        return;
    };
    for entry in entries.flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        let doc = run(stage(), &text, None);
        check(&doc);
        assert!(!doc.annotations.entities.is_empty(), "{}: no entities", entry.path().display());
    }
}
