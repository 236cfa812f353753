//! Prints the quotes the stage finds in a plain-text file, one JSON object
//! a line, with lines as paragraphs and no entity links:
//! `cargo run -p dossier-quotes --example quotes_of -- FILE`.

use dossier_core::{Document, Span, Stage};
use dossier_quotes::QuoteStage;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: quotes_of FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read(&path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("could not read {path}: {e}");
            std::process::exit(1);
        }
    };
    let mut doc = Document::new("example", path, text.clone());
    doc.text = text;
    let mut start = 0;
    for line in doc.text.split('\n') {
        doc.annotations.paragraphs.push(Span::new(start, start + line.len()));
        start += line.len() + 1;
    }
    QuoteStage::default().process(&mut doc);
    for q in &doc.annotations.quotes {
        let line = serde_json::json!({
            "speaker_name": q.speaker_name, "affiliation": q.affiliation, "direct": q.direct, "text": q.text,
        });
        println!("{line}");
    }
}
