//! Throughput of the actor stage alone over ~50 MB of generated news-like
//! text in article-sized documents (cleaning and segmentation run before
//! the clock starts).
//!
//! cargo run --release -p dossier-actors --example actors_speed [MEGABYTES]

// `is_multiple_of` is newer than the workspace MSRV.
#![allow(clippy::manual_is_multiple_of)]

use std::time::Instant;

use dossier_actors::ActorStage;
use dossier_core::{Document, Stage};

/// Sentence frames; `{}` slots take names from the lists below.
const FRAMES: &[&str] = &[
    "{C} and {C} held talks on trade in {C} on Monday, officials said.",
    "{D} Foreign Minister {P} met the {D} ambassador to discuss the border.",
    "Analyst {P}, a senior research fellow at the {O}, said the deal would hold.",
    "The {O} reported that {C} had fired two missiles into the sea.",
    "According to the {O}, {P} will visit {C} next week for a summit.",
    "Prices of grain rose again as farmers in the region waited for rain.",
    "{P} said the agreement was a step forward, adding that more work was needed.",
];
const COUNTRIES: &[&str] =
    &["Ghana", "Togo", "Chile", "Peru", "North Korea", "Russia", "Japan", "the United States", "Brazil", "Kenya"];
const DEMONYMS: &[&str] = &["Ghanaian", "Chilean", "Russian", "Japanese", "Kenyan", "Peruvian"];
const PEOPLE: &[&str] = &["Kwame Osei", "Ana Rojas", "Ri Su-yong", "Andrei Volkov", "Maria Silva", "Kofi Adjei"];
const ORGS: &[&str] =
    &["Coastal Policy Institute", "Korean Central News Agency", "United Nations", "Harbour Studies Center"];

fn article(seed: usize, bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 200);
    let mut n = seed;
    while text.len() < bytes {
        n = n.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let frame = FRAMES[(n >> 33) % FRAMES.len()];
        let mut pick = n >> 17;
        for (i, part) in frame.split('{').enumerate() {
            if i == 0 {
                text.push_str(part);
                continue;
            }
            let (slot, rest) = part.split_at(1);
            let list = match slot {
                "C" => COUNTRIES,
                "D" => DEMONYMS,
                "P" => PEOPLE,
                _ => ORGS,
            };
            text.push_str(list[pick % list.len()]);
            pick /= 7;
            text.push_str(&rest[1..]);
        }
        text.push(if n % 5 == 0 { '\n' } else { ' ' });
    }
    text.push('\n');
    text
}

fn main() {
    let megabytes: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(50);
    let stage = ActorStage::embedded().expect("embedded gazetteer");
    let segmenter = dossier_text::Segmenter::default();
    let mut docs: Vec<Document> = Vec::new();
    let mut total = 0;
    while total < megabytes * 1_000_000 {
        let mut doc = Document::new("d", "d", "");
        doc.text = article(docs.len(), 4_000);
        segmenter.process(&mut doc);
        total += doc.text.len();
        docs.push(doc);
    }
    let cpu_started = thread_cpu_seconds();
    let started = Instant::now();
    let mut mentions = 0;
    for doc in &mut docs {
        stage.process(doc);
        mentions += doc.annotations.mentions.len();
    }
    let seconds = started.elapsed().as_secs_f64();
    let mb = total as f64 / 1e6;
    println!(
        "actor stage: {mb:.1} MB in {} documents, {mentions} mentions, {seconds:.2} s wall, {:.1} MB/s",
        docs.len(),
        mb / seconds
    );
    // On a shared machine the wall clock counts other processes' turns;
    // the thread's own CPU time is the per-core figure.
    if let (Some(a), Some(b)) = (cpu_started, thread_cpu_seconds()) {
        println!("actor stage: {:.2} s of CPU, {:.1} MB/s per core", b - a, mb / (b - a));
    }
}

/// This thread's user + system CPU time, from /proc (Linux only).
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name (which ends with ')'): utime and stime
    // are the 12th and 13th, in clock ticks of 1/100 s.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}
