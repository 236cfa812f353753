//! The standard pipeline on documents written for these tests: languages,
//! bad input, and the guarantee that every record carries every field.

use dossier::{Extractor, ExtractorOptions};

fn extract(bytes: &[u8]) -> dossier::ExtractRecord {
    let extractor = Extractor::standard(ExtractorOptions::default()).unwrap();
    let doc = extractor.extract_bytes("test.txt", bytes).remove(0);
    dossier::ExtractRecord::from_document(&doc)
}

#[test]
fn a_document_in_another_language_keeps_its_text_and_language_only() {
    // "Iran" and "Oman" are spelled as in English: only the language keeps
    // them from becoming entities.
    let french = "Le ministre des affaires étrangères de l'Iran s'est rendu à Oman mardi pour des \
                  entretiens avec son homologue russe. Les deux pays ont signé un accord de coopération.";
    let record = extract(french.as_bytes());
    assert_eq!(record.language.as_deref(), Some("fr"));
    assert!(record.error.is_none());
    assert!(record.text.contains("homologue russe"));
    assert!(record.entities.is_empty() && record.events.is_empty() && record.quotes.is_empty());
}

#[test]
fn an_english_document_is_annotated() {
    let english = "The foreign minister of France travelled to Moscow on Tuesday for talks with his \
                   Russian counterpart. The two countries signed a military cooperation agreement.";
    let record = extract(english.as_bytes());
    assert_eq!(record.language.as_deref(), Some("en"));
    assert!(record.text.contains("Russian counterpart"));
}

#[test]
fn binary_input_is_a_per_document_error_not_a_panic() {
    let record = extract(&[0u8, 159, 146, 150, 0, 0, 1, 2, 3, 255, 0, 0]);
    assert!(record.error.is_some());
    assert!(record.entities.is_empty());
}

#[test]
fn empty_input_is_reported() {
    let record = extract(b"");
    let error = record.error.expect("an empty file has nothing to extract");
    assert!(error.contains("empty"), "{error}");
}
