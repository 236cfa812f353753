//! The real articles in `../shared/seeds`, when present: every date found
//! lies near the publication date and every span fits the text. Skipped
//! (with a note) where the folder is absent.

mod common;

use std::path::PathBuf;

/// How far from publication a resolved date may plausibly lie in news.
const YEARS_BACK: i16 = 80;
const YEARS_AHEAD: i16 = 2;

fn seeds() -> Option<Vec<PathBuf>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).ok()?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    Some(files)
}

#[test]
fn seed_dates_lie_near_publication_and_spans_fit() {
    let Some(files) = seeds() else {
        eprintln!("note: ../shared/seeds is absent; seed test skipped");
        return;
    };
    let published = "2024-03-18";
    let mut found = 0;
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let doc = common::run(&text, Some(published));
        for d in &doc.annotations.dates {
            let year = d.value.year();
            assert!((2024 - YEARS_BACK..=2024 + YEARS_AHEAD).contains(&year), "{}: {:?} → {}", path.display(), d.span.of(&doc.text), d.value);
            assert!(!d.span.of(&doc.text).is_empty());
            found += 1;
        }
        for q in &doc.annotations.quantities {
            assert!(q.value.is_finite() && q.value >= 0.0, "{q:?}");
            assert!(!q.span.of(&doc.text).is_empty());
        }
    }
    assert!(found > 0, "the seeds are news: they name dates");
}
