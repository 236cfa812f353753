//! Prints the dates and quantities found in files, for eyeballing:
//! `cargo run -p dossier-dates --example show -- [--published YYYY-MM-DD] FILE...`

use dossier_core::{Document, Stage};
use dossier_dates::{DateStage, QuantityStage};
use dossier_text::{Cleaner, Segmenter};

fn main() {
    let mut published = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--published" {
            published = args.next().and_then(|d| d.parse().ok());
            continue;
        }
        let Ok(raw) = std::fs::read_to_string(&arg) else {
            eprintln!("show: cannot read {arg}");
            continue;
        };
        let mut doc = Document::new("show", arg.as_str(), raw);
        doc.published = published;
        Cleaner::default().process(&mut doc);
        Segmenter::default().process(&mut doc);
        DateStage.process(&mut doc);
        QuantityStage.process(&mut doc);
        println!("== {arg} (published {published:?})");
        for d in &doc.annotations.dates {
            let future = if d.future { " future" } else { "" };
            println!("  date {:<12} {:?}{future}", d.value.to_string(), d.span.of(&doc.text));
        }
        for q in &doc.annotations.quantities {
            println!("  qty  {:<12} {:?} unit {:?}", q.value, q.span.of(&doc.text), q.unit);
        }
    }
}
