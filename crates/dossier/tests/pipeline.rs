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

/// Documents of every kind a batch can hold: English, another language,
/// one that could not be read.
fn mixed_documents() -> Vec<dossier::Document> {
    let english = "The foreign minister of France travelled to Moscow on Tuesday for talks with his Russian counterpart, \
                   the ministry said. \"We agreed to meet again,\" the minister told reporters.";
    let french = "Le ministre des affaires étrangères de l'Iran s'est rendu à Oman mardi pour des entretiens avec son \
                  homologue russe. Les deux pays ont signé un accord de coopération.";
    let later = "Japan imposed sanctions on North Korea on Friday after the launch of three ballistic missiles.";
    let mut docs = vec![
        dossier::Document::new("a", "a.txt", english),
        dossier::Document::new("b", "b.txt", french),
        dossier::Document::failed("c", "c.bin", "not text"),
        dossier::Document::new("d", "d.txt", later),
    ];
    for doc in &mut docs {
        doc.published = Some(jiff::civil::date(2024, 5, 7));
    }
    docs
}

fn as_json(docs: &[dossier::Document]) -> Vec<String> {
    docs.iter().map(|doc| serde_json::to_string(&dossier::ExtractRecord::from_document(doc)).unwrap()).collect()
}

#[test]
fn a_batch_comes_out_as_its_documents_processed_one_by_one() {
    let pipeline = dossier::Pipeline::standard(&[]).unwrap();
    let mut one_by_one = mixed_documents();
    for doc in &mut one_by_one {
        pipeline.process(doc);
    }
    let mut batch = mixed_documents();
    pipeline.process_batch(&mut batch);
    assert_eq!(as_json(&batch), as_json(&one_by_one));
    let events: usize = batch.iter().map(|doc| doc.annotations.events.len()).sum();
    assert!(events > 0, "the batch was coded: {:?}", as_json(&batch));
}

/// A stage that fails on documents that ask for it.
struct Fragile;

impl dossier::Stage for Fragile {
    fn name(&self) -> &'static str {
        "fragile"
    }
    fn needs(&self) -> &'static [dossier::Layer] {
        &[]
    }
    fn adds(&self) -> &'static [dossier::Layer] {
        &[]
    }
    fn process(&self, doc: &mut dossier::Document) {
        assert!(!doc.raw.contains("break here"), "the stage's bug");
        doc.title = Some("seen by the stage after".into());
    }
}

/// Marks what it saw, to show which documents later stages still reach.
struct After;

impl dossier::Stage for After {
    fn name(&self) -> &'static str {
        "after"
    }
    fn needs(&self) -> &'static [dossier::Layer] {
        &[]
    }
    fn adds(&self) -> &'static [dossier::Layer] {
        &[]
    }
    fn process(&self, doc: &mut dossier::Document) {
        doc.language = Some("en".into());
    }
}

#[test]
fn a_stage_that_panics_on_one_document_of_a_batch_fails_that_document_only() {
    let pipeline = dossier::Pipeline::new(vec![Box::new(Fragile), Box::new(After)]).unwrap();
    let mut docs = vec![
        dossier::Document::new("a", "a.txt", "fine"),
        dossier::Document::new("b", "b.txt", "break here"),
        dossier::Document::new("c", "c.txt", "fine too"),
    ];
    pipeline.process_batch(&mut docs);
    let errors: Vec<Option<&str>> = docs.iter().map(|d| d.error.as_deref()).collect();
    assert_eq!(errors, [None, Some("internal error in the fragile stage; please report this document"), None]);
    let reached: Vec<bool> = docs.iter().map(|d| d.language.is_some()).collect();
    assert_eq!(reached, [true, false, true], "later stages skip the failed document only");
}

#[test]
fn inputs_extracted_together_come_back_one_list_per_input_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.txt");
    let second = dir.path().join("second.txt");
    std::fs::write(&first, "Japan imposed sanctions on North Korea on Friday.").unwrap();
    std::fs::write(&second, "The foreign minister of France travelled to Moscow on Tuesday.").unwrap();
    let inputs = [
        dossier::InputPath::File(first.clone()),
        dossier::InputPath::File(dir.path().join("missing.txt")),
        dossier::InputPath::File(second.clone()),
    ];
    let extractor = Extractor::standard(ExtractorOptions::default()).unwrap();
    let extracted = extractor.extract_inputs(&inputs);
    let sources: Vec<Vec<&str>> = extracted.iter().map(|docs| docs.iter().map(|d| d.source.as_str()).collect()).collect();
    let expected = [first.display().to_string(), dir.path().join("missing.txt").display().to_string(), second.display().to_string()];
    assert_eq!(sources, [[expected[0].as_str()], [expected[1].as_str()], [expected[2].as_str()]]);
    assert!(extracted[1][0].error.is_some() && extracted[0][0].error.is_none() && extracted[2][0].error.is_none());
    for (input, docs) in inputs.iter().zip(&extracted) {
        assert_eq!(as_json(docs), as_json(&extractor.extract_input(input)), "together as alone");
    }
}

#[test]
fn records_are_handed_over_in_input_order_across_windows_and_an_error_stops_the_run() {
    let dir = tempfile::tempdir().unwrap();
    // One input more than a multiple of the tasks a window holds, so the
    // run takes more than one window.
    let count = 4 * rayon::current_num_threads() * 3 + 1;
    let inputs: Vec<dossier::InputPath> = (0..count)
        .map(|n| {
            let path = dir.path().join(format!("{n:03}.txt"));
            std::fs::write(&path, format!("Report {n}: Japan and Chile held talks on day {n}.")).unwrap();
            dossier::InputPath::File(path)
        })
        .collect();
    let extractor = Extractor::standard(ExtractorOptions::default()).unwrap();

    let mut sources = Vec::new();
    extractor.extract_in_order(&inputs, |record| Ok::<_, ()>(sources.push(record.source))).unwrap();
    let expected: Vec<String> = inputs.iter().map(|i| i.display()).collect();
    assert_eq!(sources, expected);

    let mut seen = 0;
    let stopped = extractor.extract_in_order(&inputs, |_| {
        seen += 1;
        if seen == 5 { Err("the reader went away") } else { Ok(()) }
    });
    assert_eq!((stopped, seen), (Err("the reader went away"), 5));
}
