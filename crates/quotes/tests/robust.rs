//! Nothing panics and nothing runs away, whatever the text.

mod common;
use common::{doc, quotes, quotes_of};
use dossier_core::{Document, Span, Stage};
use dossier_quotes::QuoteStage;

#[test]
fn empty_and_markless_texts() {
    assert!(quotes("").is_empty());
    assert!(quotes("No quotes here at all.").is_empty());
}

#[test]
fn odd_characters_and_stray_marks_do_not_panic() {
    for text in ["“", "”", "\"", "'’‘", "said, “", "“a” “b” “c", "é said, “ü”", "\u{fffd}\u{0} said “x”", "’s ‘ ’ “ ”"] {
        let _ = quotes(text);
    }
}

#[test]
fn no_sentences_or_paragraphs_still_works() {
    let mut d = Document::new("x", "x", "");
    d.text = "Jane Roe said, “We will stay.”".to_string();
    QuoteStage::default().process(&mut d);
    assert_eq!(d.annotations.quotes.len(), 1);
}

#[test]
fn spans_that_do_not_fit_the_text_are_harmless() {
    let mut d = doc("Jane Roe said, “We will stay.”");
    d.annotations.sentences.push(Span::new(500, 900));
    let _ = quotes_of(&mut d);
}

#[test]
fn non_english_documents_are_skipped() {
    let mut d = doc("Jane Roe said, “We will stay.”");
    d.language = Some("de".into());
    assert!(quotes_of(&mut d).is_empty());
}

#[test]
fn an_unclosed_mark_in_a_long_text_is_bounded() {
    let filler = "The talks went on for hours and nothing happened. ".repeat(400);
    let text = format!("Jane Roe said, “We will never {filler}");
    let got = quotes(&text);
    assert!(got.iter().all(|q| q.text.len() <= 1600), "an unclosed quote ran on");
}

#[test]
fn large_input_is_linear_enough() {
    let para = "Jane Roe said, “The talks will resume next week,” adding that a deal was close. According to the Daily Planet, the vote is set.\n";
    let text = para.repeat(5000);
    let started = std::time::Instant::now();
    let got = quotes(&text);
    assert_eq!(got.len(), 15000);
    assert!(started.elapsed().as_secs() < 20);
}

/// Text made of the pieces quotations are built from, so random inputs
/// hit marks, verbs, names and line breaks often.
fn quote_like() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just(" said ".to_string()),
        Just(", according to ".to_string()),
        Just(" adding, ".to_string()),
        Just(" that ".to_string()),
        Just("Jane Roe".to_string()),
        Just(" he ".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just(", ".to_string()),
        "[a-zA-Zé ]{0,12}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]

    #[test]
    fn random_text_never_panics_and_spans_fit(text in quote_like()) {
        for q in quotes(&text) {
            proptest::prop_assert!(q.span.start <= q.span.end && q.span.end <= text.len());
            proptest::prop_assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,300}") {
        let _ = quotes(&text);
    }
}

/// On the real articles beside the checkout (skipped when absent): every
/// quote's span fits the text and a direct quote's first words are in it.
#[test]
fn seed_articles_give_well_formed_quotes() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("note: {} not found; seed check skipped", dir.display());
        return;
    };
    for entry in entries.flatten() {
        let Ok(text) = std::fs::read_to_string(entry.path()) else { continue };
        for q in quotes(&text) {
            assert!(q.span.end <= text.len() && q.span.start < q.span.end, "{:?}", entry.path());
            let opening: String = q.text.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
            if q.direct {
                assert!(q.span.of(&text).contains(&opening), "{opening:?} not in its span in {:?}", entry.path());
            }
            assert!(!q.speaker_name.trim().is_empty());
        }
    }
}

#[test]
fn many_reopened_quotes_stay_fast() {
    let text = "Jane Roe said, “We will act. ".repeat(20_000) + "“Done,” she said.";
    let started = std::time::Instant::now();
    let _ = quotes(&text);
    assert!(started.elapsed().as_secs() < 10, "reopened quotes took {:?}", started.elapsed());
}

#[test]
fn many_unattributed_quotes_after_one_attributed_quote_stay_fast() {
    let text = "Jane Roe said, “We will act.” ".to_string() + &"Then a “word” or two. ".repeat(30_000);
    let started = std::time::Instant::now();
    let got = quotes(&text);
    assert_eq!(got.len(), 1);
    assert!(started.elapsed().as_secs() < 10, "took {:?}", started.elapsed());
}
